package mx.seguimientoprep.domain.calendario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.acceso.CodigoSecreto;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * La dirección de calendario de una cuenta para una entidad ({@code /prep/calendario/{token}.ics}):
 * el proceso que nombra, o el actual de la entidad cada vez que se lee. Del token solo se guarda su
 * SHA-256, como el código de una invitación; se muestra una vez, al crearla. Pertenece a la cuenta:
 * si la cuenta se desactiva, deja de abrir.
 */
@Entity
@Table(
    name = "calendario_personal",
    uniqueConstraints =
        @UniqueConstraint(name = "uk_calendario_personal_token", columnNames = "token_hash"))
public class CalendarioPersonal {

  /** 32 símbolos de 31: unos 158 bits de azar, que nadie adivina probando direcciones. */
  public static final int LONGITUD_TOKEN = 32;

  /** Cada cuánto se anota, a lo más, que se leyó: leerlo no escribe en la base cada vez. */
  static final Duration PRECISION_DEL_USO = Duration.ofMinutes(5);

  private static final Pattern FORMA_DEL_TOKEN =
      Pattern.compile("[A-HJ-NP-Za-hj-np-z2-9]{" + LONGITUD_TOKEN + "}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendario_personal_seq")
  @SequenceGenerator(
      name = "calendario_personal_seq",
      sequenceName = "calendario_personal_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "cuenta", nullable = false, length = 100)
  private String cuenta;

  @Column(name = "entidad_clave", nullable = false, length = 2)
  private String entidad;

  @Column(name = "proceso", length = 200)
  private String proceso;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "creado", nullable = false)
  private Instant creado;

  @Column(name = "usado")
  private Instant usado;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CalendarioPersonal() {}

  /**
   * @param proceso el nombre del proceso, o {@code null} para el actual de la entidad
   */
  public CalendarioPersonal(
      String token, String cuenta, ClaveEntidad entidad, String proceso, Instant ahora) {
    this.tokenHash = CodigoSecreto.hash(Objects.requireNonNull(token, "token"));
    this.cuenta = Objects.requireNonNull(cuenta, "cuenta");
    this.entidad = entidad.valor();
    this.proceso = TextoLibre.linea("Proceso", proceso, 200);
    this.creado = Objects.requireNonNull(ahora, "ahora");
  }

  /** Un token nuevo, para una dirección nueva. */
  public static String nuevoToken() {
    return CodigoSecreto.nuevo(LONGITUD_TOKEN);
  }

  /**
   * Si el texto tiene la forma de un token: lo que no la tiene no se busca en la base (cualquier
   * otra dirección cuesta lo mismo que un token que no existe: nada).
   */
  public static boolean pareceToken(String texto) {
    return texto != null && FORMA_DEL_TOKEN.matcher(texto).matches();
  }

  /** El hash con que se busca un token en la base. */
  public static String hashDe(String token) {
    return CodigoSecreto.hash(token);
  }

  /** Anota que se leyó ahora, si la última vez anotada fue hace más de unos minutos. */
  public void usar(Instant ahora) {
    if (usado == null || usado.plus(PRECISION_DEL_USO).isBefore(ahora)) {
      usado = ahora;
    }
  }

  public Long getId() {
    return id;
  }

  public String getCuenta() {
    return cuenta;
  }

  public ClaveEntidad getEntidad() {
    return new ClaveEntidad(entidad);
  }

  /** El proceso que nombra; vacío si sigue al actual de la entidad. */
  public Optional<String> getProceso() {
    return Optional.ofNullable(proceso);
  }

  public Instant getCreado() {
    return creado;
  }

  public Optional<Instant> getUsado() {
    return Optional.ofNullable(usado);
  }
}
