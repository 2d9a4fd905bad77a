package mx.seguimientoprep.domain.proceso;

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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdoConverter;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.historial.Auditable;

/** Un proceso electoral local de una entidad, cuyo PREP se sigue. */
@Entity
@Table(
    name = "proceso_electoral",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_proceso_electoral_entidad_nombre",
            columnNames = {"entidad_clave", "nombre"}))
public class ProcesoElectoral implements Auditable {

  /** Un año de cuatro cifras, seguido quizá de un segundo año de dos cifras: `2021-22`. */
  private static final Pattern ANIOS =
      Pattern.compile("(?<!\\d)(\\d{4})(?:\\s*[-–]\\s*(\\d{2}))?(?!\\d)");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proceso_electoral_seq")
  @SequenceGenerator(
      name = "proceso_electoral_seq",
      sequenceName = "proceso_electoral_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entidad_clave", nullable = false)
  private Entidad entidad;

  @Column(name = "nombre", nullable = false, length = 200)
  private String nombre;

  @Column(name = "jornada")
  private LocalDate jornada;

  @Column(name = "instancia_interna", length = 300)
  private String instanciaInterna;

  @Column(name = "titular_instancia", length = 300)
  private String titularInstancia;

  @Convert(converter = NumeroAcuerdoConverter.class)
  @Column(name = "acuerdo_designacion", length = 80)
  private NumeroAcuerdo acuerdoDesignacion;

  @Enumerated(EnumType.STRING)
  @Column(name = "realizacion", length = 20)
  private Realizacion realizacion;

  @Column(name = "ente_auditor", length = 300)
  private String enteAuditor;

  @Column(name = "seguimiento_desde")
  private LocalDate seguimientoDesde;

  @Column(name = "seguimiento_hasta")
  private LocalDate seguimientoHasta;

  @Column(name = "jornada_original")
  private LocalDate jornadaOriginal;

  @Column(name = "cambio_de_jornada")
  private LocalDate cambioDeJornada;

  @Enumerated(EnumType.STRING)
  @Column(name = "lineamientos", length = 10)
  private VersionLineamientos lineamientos;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /**
   * Cuántas escrituras han tocado los registros del proceso (los suyos o los de sus oficios,
   * acuerdos, sesiones, entregables e integrantes). No es un dato del proceso: la persistencia la
   * incrementa en la misma transacción de cada escritura y la caché del estado la compara para
   * saber qué procesos leer de nuevo. Solo se lee.
   */
  @Column(name = "revision", nullable = false, insertable = false, updatable = false)
  private long revision;

  protected ProcesoElectoral() {}

  /**
   * Un proceso seguido por completo, con una sola jornada y la versión de los Lineamientos que le
   * da su jornada.
   */
  public ProcesoElectoral(
      Entidad entidad,
      String nombre,
      LocalDate jornada,
      String instanciaInterna,
      String titularInstancia,
      NumeroAcuerdo acuerdoDesignacion,
      Realizacion realizacion,
      String enteAuditor) {
    this(
        entidad,
        nombre,
        jornada,
        instanciaInterna,
        titularInstancia,
        acuerdoDesignacion,
        realizacion,
        enteAuditor,
        PeriodoDeSeguimiento.ABIERTO,
        null,
        null,
        null);
  }

  /**
   * @param seguimiento el periodo en que sus registros están completos
   * @param jornadaOriginal la jornada prevista antes de un cambio, o {@code null}
   * @param cambioDeJornada el día en que se decidió el cambio, o {@code null}
   * @param lineamientos la versión con que se mide, o {@code null} para la que da su jornada
   */
  public ProcesoElectoral(
      Entidad entidad,
      String nombre,
      LocalDate jornada,
      String instanciaInterna,
      String titularInstancia,
      NumeroAcuerdo acuerdoDesignacion,
      Realizacion realizacion,
      String enteAuditor,
      PeriodoDeSeguimiento seguimiento,
      LocalDate jornadaOriginal,
      LocalDate cambioDeJornada,
      VersionLineamientos lineamientos) {
    PeriodoDeSeguimiento periodo = seguimiento == null ? PeriodoDeSeguimiento.ABIERTO : seguimiento;
    this.seguimientoDesde = periodo.desde();
    this.seguimientoHasta = periodo.hasta();
    if (cambioDeJornada != null && jornadaOriginal == null) {
      throw new DatoInvalido(
          "Cambio de jornada",
          Ficha.fecha(cambioDeJornada),
          "Con «Cambio de jornada» hace falta la «Jornada original».");
    }
    this.jornadaOriginal = jornadaOriginal;
    this.cambioDeJornada = cambioDeJornada;
    this.lineamientos = lineamientos;
    this.entidad = Objects.requireNonNull(entidad, "entidad");
    this.nombre = TextoLibre.lineaObligatoria("Proceso", nombre, 200);
    this.jornada = jornada;
    this.instanciaInterna = TextoLibre.linea("Instancia interna", instanciaInterna, 300);
    this.titularInstancia = TextoLibre.linea("Titular de la instancia", titularInstancia, 300);
    this.acuerdoDesignacion = acuerdoDesignacion;
    this.realizacion = realizacion;
    this.enteAuditor = TextoLibre.linea("Ente auditor", enteAuditor, 300);
  }

  /**
   * Si un texto nombra a este proceso: su nombre (sin importar acentos, mayúsculas ni puntuación),
   * o exactamente sus mismos años: `2021-2022` y `2021-22` nombran al «Proceso Electoral Local
   * Ordinario 2021-2022»; `2020` nombra al «… Ordinario 2020» pero no al «… 2019-2020».
   */
  public boolean coincideCon(String texto) {
    String forma = TextoComparable.de(texto);
    if (forma.isEmpty()) {
      return false;
    }
    if (forma.equals(TextoComparable.de(nombre))) {
      return true;
    }
    Set<Integer> anios = aniosEn(texto);
    return !anios.isEmpty() && anios.equals(aniosEn(nombre));
  }

  static Set<Integer> aniosEn(String texto) {
    Set<Integer> anios = new TreeSet<>();
    Matcher matcher = ANIOS.matcher(texto);
    while (matcher.find()) {
      int primero = Integer.parseInt(matcher.group(1));
      anios.add(primero);
      if (matcher.group(2) != null) {
        anios.add(primero / 100 * 100 + Integer.parseInt(matcher.group(2)));
      }
    }
    return anios;
  }

  /** Si es el mismo proceso: la misma instancia o el mismo registro ya guardado. */
  public boolean esElMismoQue(ProcesoElectoral otro) {
    return this == otro || (otro != null && id != null && id.equals(otro.id));
  }

  /** Copia los datos que una importación puede cambiar de otra versión del mismo proceso. */
  public void actualizarDesde(ProcesoElectoral otro) {
    if (!entidad.equals(otro.entidad) || !nombre.equals(otro.nombre)) {
      throw new IllegalArgumentException(
          "Solo se actualiza desde el mismo proceso: " + claveRegistro());
    }
    jornada = otro.jornada;
    instanciaInterna = otro.instanciaInterna;
    titularInstancia = otro.titularInstancia;
    acuerdoDesignacion = otro.acuerdoDesignacion;
    realizacion = otro.realizacion;
    enteAuditor = otro.enteAuditor;
    seguimientoDesde = otro.seguimientoDesde;
    seguimientoHasta = otro.seguimientoHasta;
    jornadaOriginal = otro.jornadaOriginal;
    cambioDeJornada = otro.cambioDeJornada;
    lineamientos = otro.lineamientos;
  }

  /** La versión de los Lineamientos con la que se mide: la registrada o la que da su jornada. */
  public VersionLineamientos versionDeLineamientos() {
    return lineamientos != null ? lineamientos : VersionLineamientos.porJornada(jornada);
  }

  public PeriodoDeSeguimiento getSeguimiento() {
    return new PeriodoDeSeguimiento(seguimientoDesde, seguimientoHasta);
  }

  public LocalDate getJornadaOriginal() {
    return jornadaOriginal;
  }

  public LocalDate getCambioDeJornada() {
    return cambioDeJornada;
  }

  /** La versión registrada en la columna {@code Lineamientos}, o {@code null} si está en blanco. */
  public VersionLineamientos getLineamientos() {
    return lineamientos;
  }

  @Override
  public String tipoRegistro() {
    return "Proceso electoral";
  }

  @Override
  public String claveRegistro() {
    return entidad.getNombre() + " · " + nombre;
  }

  @Override
  public String claveEntidad() {
    return entidad.getClave().valor();
  }

  @Override
  public Map<String, String> valores() {
    return new Ficha()
        .con("Entidad", entidad.getNombre())
        .con("Proceso", nombre)
        .con("Jornada electoral", jornada)
        .con("Instancia interna", instanciaInterna)
        .con("Titular de la instancia", titularInstancia)
        .con("Acuerdo de designación", acuerdoDesignacion)
        .con("Realización", realizacion)
        .con("Ente auditor", enteAuditor)
        .con("Seguimiento desde", seguimientoDesde)
        .con("Seguimiento hasta", seguimientoHasta)
        .con("Jornada original", jornadaOriginal)
        .con("Cambio de jornada", cambioDeJornada)
        .con("Lineamientos", lineamientos)
        .comoMapa();
  }

  public Long getId() {
    return id;
  }

  public long getRevision() {
    return revision;
  }

  public Entidad getEntidad() {
    return entidad;
  }

  public String getNombre() {
    return nombre;
  }

  public LocalDate getJornada() {
    return jornada;
  }

  public String getInstanciaInterna() {
    return instanciaInterna;
  }

  public String getTitularInstancia() {
    return titularInstancia;
  }

  public NumeroAcuerdo getAcuerdoDesignacion() {
    return acuerdoDesignacion;
  }

  public Realizacion getRealizacion() {
    return realizacion;
  }

  public String getEnteAuditor() {
    return enteAuditor;
  }

  @Override
  public String toString() {
    return nombre;
  }
}
