package mx.seguimientoprep.domain.sesion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.historial.Auditable;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Una sesión o reunión de un órgano en un proceso, celebrada o programada. */
@Entity
@Table(
    name = "sesion",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_sesion_proceso_organo_tipo_fecha",
            columnNames = {"proceso_id", "organo", "tipo", "fecha"}))
public class Sesion implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sesion_seq")
  @SequenceGenerator(name = "sesion_seq", sequenceName = "sesion_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entidad_clave", nullable = false)
  private Entidad entidad;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proceso_id", nullable = false)
  private ProcesoElectoral proceso;

  @Enumerated(EnumType.STRING)
  @Column(name = "organo", nullable = false, length = 30)
  private Organo organo;

  @Enumerated(EnumType.STRING)
  @Column(name = "tipo", nullable = false, length = 30)
  private TipoSesion tipo;

  @Column(name = "numero")
  private Integer numero;

  @Column(name = "fecha", nullable = false)
  private LocalDate fecha;

  @Column(name = "orden_del_dia", length = 4000)
  private String ordenDelDia;

  @Column(name = "resultados", length = 4000)
  private String resultados;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Sesion() {}

  /**
   * @param numero el número de la sesión en su serie (primera ordinaria = 1), o {@code null}
   * @param ordenDelDia un punto por línea
   */
  public Sesion(
      ProcesoElectoral proceso,
      Organo organo,
      TipoSesion tipo,
      Integer numero,
      LocalDate fecha,
      String ordenDelDia,
      String resultados) {
    this.proceso = Objects.requireNonNull(proceso, "proceso");
    this.entidad = proceso.getEntidad();
    this.organo = obligatorio("Órgano", organo);
    this.tipo = obligatorio("Tipo", tipo);
    if (numero != null && numero < 1) {
      throw new DatoInvalido(
          "Número", numero.toString(), "El número de sesión debe ser 1 o mayor.");
    }
    this.numero = numero;
    this.fecha = obligatorio("Fecha", fecha);
    this.ordenDelDia = TextoLibre.opcional("Orden del día", ordenDelDia, 4000);
    this.resultados = TextoLibre.opcional("Resultados", resultados, 4000);
  }

  private static <T> T obligatorio(String campo, T valor) {
    if (valor == null) {
      throw new DatoInvalido(campo, null, "El campo «" + campo + "» es obligatorio.");
    }
    return valor;
  }

  public void actualizarDesde(Sesion otra) {
    if (!proceso.esElMismoQue(otra.proceso)
        || organo != otra.organo
        || tipo != otra.tipo
        || !fecha.equals(otra.fecha)) {
      throw new IllegalArgumentException(
          "Solo se actualiza desde la misma sesión: " + claveRegistro());
    }
    numero = otra.numero;
    ordenDelDia = otra.ordenDelDia;
    resultados = otra.resultados;
  }

  /** Los puntos del orden del día, uno por línea no vacía. */
  public List<String> puntos() {
    if (ordenDelDia == null) {
      return List.of();
    }
    return Arrays.stream(ordenDelDia.split("\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /** Si ya se celebró a la fecha dada: no es programada y su fecha no es posterior. */
  public boolean celebradaAl(LocalDate referencia) {
    return tipo != TipoSesion.PROGRAMADA && !fecha.isAfter(referencia);
  }

  @Override
  public String tipoRegistro() {
    return "Sesión";
  }

  @Override
  public String claveRegistro() {
    return proceso.claveRegistro()
        + " · "
        + organo.etiqueta()
        + " · "
        + tipo.etiqueta()
        + " · "
        + Ficha.fecha(fecha);
  }

  @Override
  public String claveEntidad() {
    return entidad.getClave().valor();
  }

  @Override
  public Map<String, String> valores() {
    return new Ficha()
        .con("Entidad", entidad.getNombre())
        .con("Proceso", proceso.getNombre())
        .con("Órgano", organo)
        .con("Tipo", tipo)
        .con("Número", numero)
        .con("Fecha", fecha)
        .con("Orden del día", ordenDelDia)
        .con("Resultados", resultados)
        .comoMapa();
  }

  public Long getId() {
    return id;
  }

  public Entidad getEntidad() {
    return entidad;
  }

  public ProcesoElectoral getProceso() {
    return proceso;
  }

  public Organo getOrgano() {
    return organo;
  }

  public TipoSesion getTipo() {
    return tipo;
  }

  public Integer getNumero() {
    return numero;
  }

  public LocalDate getFecha() {
    return fecha;
  }

  public String getOrdenDelDia() {
    return ordenDelDia;
  }

  public String getResultados() {
    return resultados;
  }
}
