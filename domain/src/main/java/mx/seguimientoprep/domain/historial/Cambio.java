package mx.seguimientoprep.domain.historial;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Una línea del historial: el alta de un registro o el cambio de uno de sus campos. Inmutable. */
@Entity
@Table(name = "cambio")
public class Cambio {

  /** Tamaño de las columnas de valores; cabe la ficha completa del registro más grande. */
  public static final int LONGITUD_VALOR = 12000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cambio_seq")
  @SequenceGenerator(name = "cambio_seq", sequenceName = "cambio_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "momento", nullable = false)
  private Instant momento;

  @Column(name = "usuario", nullable = false, length = 100)
  private String usuario;

  @Enumerated(EnumType.STRING)
  @Column(name = "canal", nullable = false, length = 20)
  private Canal canal;

  @Column(name = "tipo", nullable = false, length = 40)
  private String tipo;

  @Column(name = "clave", nullable = false, length = 200)
  private String clave;

  @Column(name = "entidad_clave", length = 2)
  private String entidad;

  @Enumerated(EnumType.STRING)
  @Column(name = "operacion", nullable = false, length = 20)
  private Operacion operacion;

  @Column(name = "campo", length = 100)
  private String campo;

  @Column(name = "valor_anterior", length = LONGITUD_VALOR)
  private String valorAnterior;

  @Column(name = "valor_nuevo", length = LONGITUD_VALOR)
  private String valorNuevo;

  protected Cambio() {}

  private Cambio(
      Auditable registro,
      Autoria autoria,
      Instant momento,
      Operacion operacion,
      String campo,
      String valorAnterior,
      String valorNuevo) {
    this.momento = Objects.requireNonNull(momento, "momento");
    this.usuario = autoria.usuario();
    this.canal = autoria.canal();
    this.tipo = registro.tipoRegistro();
    this.clave = registro.claveRegistro();
    this.entidad = registro.claveEntidad();
    this.operacion = operacion;
    this.campo = campo;
    this.valorAnterior = recortado(valorAnterior);
    this.valorNuevo = recortado(valorNuevo);
  }

  /** El alta de un registro: su ficha completa (`Campo: valor`, una línea por campo con valor). */
  public static Cambio alta(Auditable registro, Autoria autoria, Instant momento) {
    StringBuilder ficha = new StringBuilder(256);
    registro
        .valores()
        .forEach(
            (campo, valor) -> {
              if (!valor.isEmpty()) {
                if (ficha.length() > 0) {
                  ficha.append('\n');
                }
                ficha.append(campo).append(": ").append(valor);
              }
            });
    return new Cambio(registro, autoria, momento, Operacion.ALTA, null, null, ficha.toString());
  }

  /**
   * Un cambio por cada campo cuyo valor legible difiere entre {@code antes} (los {@link
   * Auditable#valores()} tomados antes de modificar) y el registro ya modificado.
   */
  public static List<Cambio> modificaciones(
      Map<String, String> antes, Auditable despues, Autoria autoria, Instant momento) {
    List<Cambio> cambios = new ArrayList<>();
    despues
        .valores()
        .forEach(
            (campo, nuevo) -> {
              String anterior = antes.getOrDefault(campo, "");
              if (!anterior.equals(nuevo)) {
                cambios.add(
                    new Cambio(
                        despues, autoria, momento, Operacion.MODIFICACION, campo, anterior, nuevo));
              }
            });
    return cambios;
  }

  private static String recortado(String valor) {
    if (valor == null || valor.length() <= LONGITUD_VALOR) {
      return valor;
    }
    return valor.substring(0, LONGITUD_VALOR - 1) + "…";
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

  public Canal getCanal() {
    return canal;
  }

  public String getTipo() {
    return tipo;
  }

  public String getClave() {
    return clave;
  }

  public String getEntidad() {
    return entidad;
  }

  public Operacion getOperacion() {
    return operacion;
  }

  public String getCampo() {
    return campo;
  }

  public String getValorAnterior() {
    return valorAnterior;
  }

  public String getValorNuevo() {
    return valorNuevo;
  }
}
