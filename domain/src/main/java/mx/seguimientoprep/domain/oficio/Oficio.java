package mx.seguimientoprep.domain.oficio;

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
import java.util.List;
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
 * Un oficio de un proceso. Cita los que responde solo por su número: la conversación se reconstruye
 * comparando números, y un oficio citado puede no estar registrado. Los informes citan oficios sin
 * fecha (los del INE, los internos) o con solo el mes: la fecha es opcional y puede ser de un mes
 * ({@link FechaOMes}); un oficio sin día no cuenta para nada que necesite un día (el último oficio,
 * la última actividad, los días de respuesta).
 */
@Entity
@Table(
    name = "oficio",
    uniqueConstraints = @UniqueConstraint(name = "uk_oficio_numero", columnNames = "numero"))
public class Oficio implements Auditable {

  /** Caracteres que admiten el asunto y las notas (las columnas de la base). */
  public static final int LARGO_DEL_TEXTO = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oficio_seq")
  @SequenceGenerator(name = "oficio_seq", sequenceName = "oficio_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entidad_clave", nullable = false)
  private Entidad entidad;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proceso_id", nullable = false)
  private ProcesoElectoral proceso;

  @Convert(converter = NumeroOficioConverter.class)
  @Column(name = "numero", nullable = false, length = 80)
  private NumeroOficio numero;

  @Column(name = "fecha")
  private LocalDate fecha;

  /** El mes ({@code aaaa-mm}) cuando el informe solo da el mes; sin día ni mes, sin fecha. */
  @Column(name = "fecha_mes", length = 7)
  private String fechaMes;

  @Enumerated(EnumType.STRING)
  @Column(name = "sentido", nullable = false, length = 20)
  private Sentido sentido;

  @Column(name = "remitente", length = 300)
  private String remitente;

  @Column(name = "destinatario", length = 300)
  private String destinatario;

  @Column(name = "asunto", nullable = false, length = 4000)
  private String asunto;

  @Convert(converter = CodigosEntregableConverter.class)
  @Column(name = "entregables", length = 400)
  private List<String> entregables;

  @Convert(converter = NumerosOficioConverter.class)
  @Column(name = "en_respuesta_a", length = 400)
  private List<NumeroOficio> enRespuestaA;

  @Convert(converter = AnexosConverter.class)
  @Column(name = "anexos", length = 4000)
  private List<String> anexos;

  @Enumerated(EnumType.STRING)
  @Column(name = "resultado", length = 30)
  private ResultadoRevision resultado;

  @Column(name = "notas", length = 4000)
  private String notas;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Oficio() {}

  /**
   * Un oficio con día, que responde a lo más a uno y sin anexos.
   *
   * @param entregables códigos del catálogo (`E04`); se guardan sin repetir y en orden
   * @param enRespuestaA el número del oficio al que responde, o {@code null}
   * @param resultado lo que dice sobre la revisión de los entregables, o {@code null}
   */
  public Oficio(
      ProcesoElectoral proceso,
      NumeroOficio numero,
      LocalDate fecha,
      Sentido sentido,
      String remitente,
      String destinatario,
      String asunto,
      List<String> entregables,
      NumeroOficio enRespuestaA,
      ResultadoRevision resultado,
      String notas) {
    this(
        proceso,
        numero,
        FechaOMes.deDia(fecha),
        sentido,
        remitente,
        destinatario,
        asunto,
        entregables,
        enRespuestaA == null ? List.of() : List.of(enRespuestaA),
        List.of(),
        resultado,
        notas);
  }

  /**
   * @param fecha el día o el mes del oficio, o {@code null} si el informe no la da
   * @param entregables códigos del catálogo (`E04`); se guardan sin repetir y en orden
   * @param enRespuestaA los números de los oficios a los que responde, sin repetir
   * @param anexos lo que llevó el oficio (números de oficio, claves de acuerdo, o texto)
   * @param resultado lo que dice sobre la revisión de los entregables, o {@code null}
   */
  public Oficio(
      ProcesoElectoral proceso,
      NumeroOficio numero,
      FechaOMes fecha,
      Sentido sentido,
      String remitente,
      String destinatario,
      String asunto,
      List<String> entregables,
      List<NumeroOficio> enRespuestaA,
      List<String> anexos,
      ResultadoRevision resultado,
      String notas) {
    this.proceso = Objects.requireNonNull(proceso, "proceso");
    this.entidad = proceso.getEntidad();
    this.numero = obligatorio("Número", numero);
    this.fecha = fecha == null ? null : fecha.dia();
    this.fechaMes = fecha == null || !fecha.soloMes() ? null : fecha.mes().toString();
    this.sentido = obligatorio("Sentido", sentido);
    this.remitente = TextoLibre.linea("Remitente", remitente, 300);
    this.destinatario = TextoLibre.linea("Destinatario", destinatario, 300);
    this.asunto = TextoLibre.obligatorio("Asunto", asunto, LARGO_DEL_TEXTO);
    this.entregables = codigos(entregables);
    List<NumeroOficio> responde =
        enRespuestaA == null
            ? List.of()
            : enRespuestaA.stream().filter(Objects::nonNull).distinct().toList();
    if (responde.contains(numero)) {
      throw new DatoInvalido(
          "En respuesta a", numero.valor(), "Un oficio no puede responderse a sí mismo.");
    }
    TextoLibre.opcional(
        "En respuesta a", new NumerosOficioConverter().convertToDatabaseColumn(responde), 400);
    this.enRespuestaA = responde;
    this.anexos = anexos(anexos);
    this.resultado = resultado;
    this.notas = TextoLibre.opcional("Notas", notas, LARGO_DEL_TEXTO);
  }

  private static List<String> anexos(List<String> anexos) {
    if (anexos == null) {
      return List.of();
    }
    List<String> limpios =
        anexos.stream()
            .filter(Objects::nonNull)
            .map(a -> a.strip().replaceAll("\\s+", " "))
            .filter(a -> !a.isEmpty())
            .distinct()
            .toList();
    TextoLibre.opcional("Anexos", String.join("\n", limpios), LARGO_DEL_TEXTO);
    return limpios;
  }

  private static <T> T obligatorio(String campo, T valor) {
    if (valor == null) {
      throw new DatoInvalido(campo, null, "El campo «" + campo + "» es obligatorio.");
    }
    return valor;
  }

  private static List<String> codigos(List<String> entregables) {
    if (entregables == null) {
      return List.of();
    }
    List<String> codigos =
        entregables.stream()
            .filter(Objects::nonNull)
            .map(c -> c.strip().toUpperCase(Locale.ROOT))
            .filter(c -> !c.isEmpty())
            .distinct()
            .sorted()
            .toList();
    TextoLibre.opcional("Entregables", String.join(",", codigos), 400);
    return codigos;
  }

  public void actualizarDesde(Oficio otro) {
    if (!numero.equals(otro.numero)) {
      throw new IllegalArgumentException("Solo se actualiza desde el mismo oficio: " + numero);
    }
    entidad = otro.entidad;
    proceso = otro.proceso;
    fecha = otro.fecha;
    fechaMes = otro.fechaMes;
    sentido = otro.sentido;
    remitente = otro.remitente;
    destinatario = otro.destinatario;
    asunto = otro.asunto;
    entregables = otro.entregables;
    enRespuestaA = otro.enRespuestaA;
    anexos = otro.anexos;
    resultado = otro.resultado;
    notas = otro.notas;
  }

  public boolean respondeA(NumeroOficio otro) {
    return getEnRespuestaA().contains(otro);
  }

  @Override
  public String tipoRegistro() {
    return "Oficio";
  }

  @Override
  public String claveRegistro() {
    return numero.valor();
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
        .con("Número", numero)
        .con("Fecha", getFechaOMes())
        .con("Sentido", sentido)
        .con("Remitente", remitente)
        .con("Destinatario", destinatario)
        .con("Asunto", asunto)
        .con("Entregables", entregables)
        .con("En respuesta a", getEnRespuestaA())
        .con("Anexos", getAnexos())
        .con("Resultado", resultado)
        .con("Notas", notas)
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

  public NumeroOficio getNumero() {
    return numero;
  }

  /** El día del oficio, o {@code null} si el informe no lo da (sin fecha, o solo el mes). */
  public LocalDate getFecha() {
    return fecha;
  }

  /** La fecha como la da el informe: un día, un mes, o {@code null} si no la da. */
  public FechaOMes getFechaOMes() {
    return FechaOMes.de(fecha, fechaMes == null ? null : YearMonth.parse(fechaMes));
  }

  public Sentido getSentido() {
    return sentido;
  }

  public String getRemitente() {
    return remitente;
  }

  public String getDestinatario() {
    return destinatario;
  }

  public String getAsunto() {
    return asunto;
  }

  public List<String> getEntregables() {
    return entregables;
  }

  /** Los oficios a los que responde, en el orden en que se escribieron; vacío si ninguno. */
  public List<NumeroOficio> getEnRespuestaA() {
    return enRespuestaA == null ? List.of() : enRespuestaA;
  }

  /** Lo que llevó el oficio, cada anexo como se escribió; vacío si ninguno. */
  public List<String> getAnexos() {
    return anexos == null ? List.of() : anexos;
  }

  public ResultadoRevision getResultado() {
    return resultado;
  }

  public String getNotas() {
    return notas;
  }
}
