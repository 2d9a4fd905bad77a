package mx.seguimientoprep.domain.importacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.registro.Conteo;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;

/** Una subida del libro, sea cual sea su resultado. Inmutable. */
@Entity
@Table(name = "importacion")
public class Importacion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "importacion_seq")
  @SequenceGenerator(
      name = "importacion_seq",
      sequenceName = "importacion_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "momento", nullable = false)
  private Instant momento;

  @Column(name = "usuario", nullable = false, length = 100)
  private String usuario;

  @Column(name = "archivo", nullable = false, length = 300)
  private String archivo;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "estado", nullable = false, length = 20)
  private EstadoImportacion estado;

  /** Por hoja: {@code Oficios=3/0/12;…} (nuevos / actualizados / sin cambios). */
  @Column(name = "conteos", nullable = false, length = 1000)
  private String conteos;

  @Column(name = "errores", nullable = false)
  private int errores;

  @Column(name = "avisos", nullable = false)
  private int avisos;

  /** Por dónde llegó: el libro ({@code HOJA}) o un informe narrativo ({@code INFORME}). */
  @Enumerated(EnumType.STRING)
  @Column(name = "canal", nullable = false, length = 20)
  private Canal canal = Canal.HOJA;

  protected Importacion() {}

  public Importacion(
      Instant momento,
      String usuario,
      String archivo,
      String sha256,
      EstadoImportacion estado,
      Map<TipoDeRegistro, Conteo> conteos,
      int errores,
      int avisos) {
    this.momento = Objects.requireNonNull(momento, "momento");
    this.usuario = Objects.requireNonNull(usuario, "usuario");
    this.archivo = archivo == null || archivo.isBlank() ? "(sin nombre)" : recortar(archivo, 300);
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.estado = Objects.requireNonNull(estado, "estado");
    this.conteos =
        conteos.entrySet().stream()
            .map(
                e ->
                    e.getKey().etiqueta()
                        + "="
                        + e.getValue().nuevos()
                        + "/"
                        + e.getValue().actualizados()
                        + "/"
                        + e.getValue().sinCambios())
            .collect(Collectors.joining(";"));
    this.errores = errores;
    this.avisos = avisos;
  }

  /** Una importación que no llegó como libro (un informe narrativo leído). */
  public Importacion(
      Instant momento,
      String usuario,
      String archivo,
      String sha256,
      EstadoImportacion estado,
      Map<TipoDeRegistro, Conteo> conteos,
      int errores,
      int avisos,
      Canal canal) {
    this(momento, usuario, archivo, sha256, estado, conteos, errores, avisos);
    this.canal = Objects.requireNonNull(canal, "canal");
  }

  public Canal getCanal() {
    return canal;
  }

  private static String recortar(String texto, int maximo) {
    return texto.length() <= maximo ? texto : texto.substring(0, maximo);
  }

  /** Las cifras por hoja, en el orden de las hojas. */
  public Map<TipoDeRegistro, Conteo> conteos() {
    Map<TipoDeRegistro, Conteo> mapa = new EnumMap<>(TipoDeRegistro.class);
    if (conteos.isEmpty()) {
      return mapa;
    }
    for (String parte : conteos.split(";")) {
      String[] claveValor = parte.split("=", 2);
      String[] numeros = claveValor[1].split("/");
      TipoDeRegistro.desdeTexto(claveValor[0])
          .ifPresent(
              hoja ->
                  mapa.put(
                      hoja,
                      new Conteo(
                          Integer.parseInt(numeros[0]),
                          Integer.parseInt(numeros[1]),
                          Integer.parseInt(numeros[2]))));
    }
    return mapa;
  }

  public Long getId() {
    return id;
  }

  public Instant getMomento() {
    return momento;
  }

  public String getUsuario() {
    return usuario;
  }

  public String getArchivo() {
    return archivo;
  }

  public String getSha256() {
    return sha256;
  }

  public EstadoImportacion getEstado() {
    return estado;
  }

  public int getErrores() {
    return errores;
  }

  public int getAvisos() {
    return avisos;
  }
}
