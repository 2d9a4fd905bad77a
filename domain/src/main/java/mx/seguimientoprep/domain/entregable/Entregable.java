package mx.seguimientoprep.domain.entregable;

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
import mx.seguimientoprep.domain.historial.Auditable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.NumeroOficioConverter;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * El estado de un entregable del catálogo en un proceso; los mensuales, uno por periodo. Sin
 * periodo, la columna guarda el texto vacío (no NULL), para que la clave única sirva en toda base
 * de datos.
 */
@Entity
@Table(
    name = "entregable",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_entregable_proceso_codigo_periodo",
            columnNames = {"proceso_id", "codigo", "periodo"}))
public class Entregable implements Auditable {

  private static final String SIN_PERIODO = "";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entregable_seq")
  @SequenceGenerator(name = "entregable_seq", sequenceName = "entregable_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proceso_id", nullable = false)
  private ProcesoElectoral proceso;

  @Column(name = "codigo", nullable = false, length = 10)
  private String codigo;

  @Column(name = "periodo", nullable = false, length = 7)
  private String periodo;

  @Column(name = "fecha_limite")
  private LocalDate fechaLimite;

  @Enumerated(EnumType.STRING)
  @Column(name = "estado", nullable = false, length = 30)
  private EstadoEntregable estado;

  @Column(name = "fecha_envio")
  private LocalDate fechaEnvio;

  @Convert(converter = NumeroOficioConverter.class)
  @Column(name = "oficio_envio", length = 80)
  private NumeroOficio oficioEnvio;

  @Convert(converter = NumeroOficioConverter.class)
  @Column(name = "oficio_respuesta", length = 80)
  private NumeroOficio oficioRespuesta;

  @Column(name = "observaciones", length = 4000)
  private String observaciones;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Entregable() {}

  /**
   * @param codigo el código del catálogo (`E16`)
   * @param periodo el mes que informa un entregable mensual, o {@code null}
   * @param fechaLimite la fecha que sustituye a la regla del catálogo, o {@code null}
   */
  public Entregable(
      ProcesoElectoral proceso,
      String codigo,
      YearMonth periodo,
      LocalDate fechaLimite,
      EstadoEntregable estado,
      LocalDate fechaEnvio,
      NumeroOficio oficioEnvio,
      NumeroOficio oficioRespuesta,
      String observaciones) {
    this.proceso = Objects.requireNonNull(proceso, "proceso");
    this.codigo = TextoLibre.lineaObligatoria("Entregable", codigo, 10).toUpperCase(Locale.ROOT);
    this.periodo = periodo == null ? SIN_PERIODO : periodo.toString();
    this.fechaLimite = fechaLimite;
    if (estado == null) {
      throw new DatoInvalido("Estado", null, "El campo «Estado» es obligatorio.");
    }
    this.estado = estado;
    this.fechaEnvio = fechaEnvio;
    this.oficioEnvio = oficioEnvio;
    this.oficioRespuesta = oficioRespuesta;
    this.observaciones = TextoLibre.opcional("Observaciones", observaciones, 4000);
  }

  public void actualizarDesde(Entregable otro) {
    if (!proceso.esElMismoQue(otro.proceso)
        || !codigo.equals(otro.codigo)
        || !periodo.equals(otro.periodo)) {
      throw new IllegalArgumentException(
          "Solo se actualiza desde el mismo entregable: " + claveRegistro());
    }
    fechaLimite = otro.fechaLimite;
    estado = otro.estado;
    fechaEnvio = otro.fechaEnvio;
    oficioEnvio = otro.oficioEnvio;
    oficioRespuesta = otro.oficioRespuesta;
    observaciones = otro.observaciones;
  }

  /** El estado como estaba en la fecha dada: lo enviado después de ella aún estaba pendiente. */
  public EstadoEntregable estadoAl(LocalDate referencia) {
    if (fechaEnvio != null && fechaEnvio.isAfter(referencia)) {
      return EstadoEntregable.PENDIENTE;
    }
    return estado;
  }

  public boolean esDe(String codigo, YearMonth periodo) {
    return this.codigo.equals(codigo)
        && this.periodo.equals(periodo == null ? SIN_PERIODO : periodo.toString());
  }

  @Override
  public String tipoRegistro() {
    return "Entregable";
  }

  @Override
  public String claveRegistro() {
    return proceso.claveRegistro() + " · " + codigo + (periodo.isEmpty() ? "" : " · " + periodo);
  }

  @Override
  public String claveEntidad() {
    return proceso.claveEntidad();
  }

  @Override
  public Map<String, String> valores() {
    return new Ficha()
        .con("Entidad", proceso.getEntidad().getNombre())
        .con("Proceso", proceso.getNombre())
        .con("Entregable", codigo)
        .con("Periodo", periodo)
        .con("Fecha límite", fechaLimite)
        .con("Estado", estado)
        .con("Fecha de envío", fechaEnvio)
        .con("Oficio de envío", oficioEnvio)
        .con("Oficio de respuesta", oficioRespuesta)
        .con("Observaciones", observaciones)
        .comoMapa();
  }

  public Long getId() {
    return id;
  }

  public ProcesoElectoral getProceso() {
    return proceso;
  }

  public String getCodigo() {
    return codigo;
  }

  /** El mes que informa, o {@code null} si el entregable no es mensual. */
  public YearMonth getPeriodo() {
    return periodo.isEmpty() ? null : YearMonth.parse(periodo);
  }

  public LocalDate getFechaLimite() {
    return fechaLimite;
  }

  public EstadoEntregable getEstado() {
    return estado;
  }

  public LocalDate getFechaEnvio() {
    return fechaEnvio;
  }

  public NumeroOficio getOficioEnvio() {
    return oficioEnvio;
  }

  public NumeroOficio getOficioRespuesta() {
    return oficioRespuesta;
  }

  public String getObservaciones() {
    return observaciones;
  }
}
