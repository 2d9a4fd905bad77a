package mx.seguimientoprep.domain.acuerdo;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.historial.Auditable;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * Un acuerdo de un órgano del OPL (o del Consejo General del INE, con la entidad {@code INE}); su
 * clave es única dentro de la entidad. Su fecha puede ser de un día, de un mes ({@link FechaOMes})
 * o faltar.
 */
@Entity
@Table(
    name = "acuerdo",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_acuerdo_entidad_clave",
            columnNames = {"entidad_clave", "clave"}))
public class Acuerdo implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acuerdo_seq")
  @SequenceGenerator(name = "acuerdo_seq", sequenceName = "acuerdo_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entidad_clave", nullable = false)
  private Entidad entidad;

  @ManyToOne
  @JoinColumn(name = "proceso_id")
  private ProcesoElectoral proceso;

  @Convert(converter = NumeroAcuerdoConverter.class)
  @Column(name = "clave", nullable = false, length = 80)
  private NumeroAcuerdo clave;

  @Column(name = "fecha")
  private LocalDate fecha;

  /** El mes ({@code aaaa-mm}) cuando el informe solo da el mes. */
  @Column(name = "fecha_mes", length = 7)
  private String fechaMes;

  @Enumerated(EnumType.STRING)
  @Column(name = "organo", length = 20)
  private OrganoAcuerdo organo;

  @Column(name = "sesion", length = 200)
  private String sesion;

  @Column(name = "entregable", length = 10)
  private String entregable;

  @Column(name = "descripcion", nullable = false, length = 4000)
  private String descripcion;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Acuerdo() {}

  /** Un acuerdo con día o sin fecha. */
  public Acuerdo(
      Entidad entidad,
      ProcesoElectoral proceso,
      NumeroAcuerdo clave,
      LocalDate fecha,
      OrganoAcuerdo organo,
      String sesion,
      String entregable,
      String descripcion) {
    this(entidad, proceso, clave, FechaOMes.deDia(fecha), organo, sesion, entregable, descripcion);
  }

  /**
   * @param proceso el proceso al que pertenece, de la misma entidad, o {@code null}
   * @param entregable el código del catálogo (`E04`) que este acuerdo cumple, o {@code null}
   */
  public Acuerdo(
      Entidad entidad,
      ProcesoElectoral proceso,
      NumeroAcuerdo clave,
      FechaOMes fecha,
      OrganoAcuerdo organo,
      String sesion,
      String entregable,
      String descripcion) {
    this.entidad = Objects.requireNonNull(entidad, "entidad");
    if (proceso != null && !proceso.getEntidad().equals(entidad)) {
      throw new DatoInvalido(
          "Proceso",
          proceso.getNombre(),
          "El proceso «" + proceso.getNombre() + "» no es de " + entidad.getNombre() + ".");
    }
    this.proceso = proceso;
    if (clave == null) {
      throw new DatoInvalido("Clave", null, "El campo «Clave» es obligatorio.");
    }
    this.clave = clave;
    this.fecha = fecha == null ? null : fecha.dia();
    this.fechaMes = fecha == null || !fecha.soloMes() ? null : fecha.mes().toString();
    this.organo = organo;
    this.sesion = TextoLibre.linea("Sesión", sesion, 200);
    String codigo = TextoLibre.linea("Entregable", entregable, 10);
    this.entregable = codigo == null ? null : codigo.toUpperCase(Locale.ROOT);
    this.descripcion = TextoLibre.obligatorio("Descripción", descripcion, 4000);
  }

  public void actualizarDesde(Acuerdo otro) {
    if (!entidad.equals(otro.entidad) || !clave.equals(otro.clave)) {
      throw new IllegalArgumentException(
          "Solo se actualiza desde el mismo acuerdo: " + claveRegistro());
    }
    proceso = otro.proceso;
    fecha = otro.fecha;
    fechaMes = otro.fechaMes;
    organo = otro.organo;
    sesion = otro.sesion;
    entregable = otro.entregable;
    descripcion = otro.descripcion;
  }

  @Override
  public String tipoRegistro() {
    return "Acuerdo";
  }

  @Override
  public String claveRegistro() {
    return clave.valor();
  }

  @Override
  public String claveEntidad() {
    return entidad.getClave().valor();
  }

  @Override
  public Map<String, String> valores() {
    return new Ficha()
        .con("Entidad", entidad.getNombre())
        .con("Proceso", proceso == null ? null : proceso.getNombre())
        .con("Clave", clave)
        .con("Fecha", getFechaOMes())
        .con("Órgano", organo)
        .con("Sesión", sesion)
        .con("Entregable", entregable)
        .con("Descripción", descripcion)
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

  public NumeroAcuerdo getClave() {
    return clave;
  }

  /** El día del acuerdo, o {@code null} si el informe no lo da (sin fecha, o solo el mes). */
  public LocalDate getFecha() {
    return fecha;
  }

  /** La fecha como la da el informe: un día, un mes, o {@code null} si no la da. */
  public FechaOMes getFechaOMes() {
    return FechaOMes.de(fecha, fechaMes == null ? null : YearMonth.parse(fechaMes));
  }

  public OrganoAcuerdo getOrgano() {
    return organo;
  }

  public String getSesion() {
    return sesion;
  }

  public String getEntregable() {
    return entregable;
  }

  public String getDescripcion() {
    return descripcion;
  }
}
