package mx.seguimientoprep.domain.acceso;

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
import mx.seguimientoprep.domain.TextoLibre;

/**
 * Una invitación al bot: el hash de su código, el rol y el nombre de la persona invitada, cuándo
 * vence y, una vez canjeada, por quién y cuándo. Un código sirve una sola vez.
 */
@Entity
@Table(
    name = "invitacion_bot",
    uniqueConstraints =
        @UniqueConstraint(name = "uk_invitacion_bot_codigo", columnNames = "codigo_hash"))
public class InvitacionBot {

  /** Cuánto dura una invitación sin canjear. */
  public static final Duration VIGENCIA = Duration.ofDays(7);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitacion_bot_seq")
  @SequenceGenerator(
      name = "invitacion_bot_seq",
      sequenceName = "invitacion_bot_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "codigo_hash", nullable = false, length = 64)
  private String codigoHash;

  @Column(name = "rol", nullable = false, length = 20)
  private String rol;

  @Column(name = "nombre", nullable = false, length = 200)
  private String nombre;

  @Column(name = "creada", nullable = false)
  private Instant creada;

  @Column(name = "creada_por", nullable = false, length = 100)
  private String creadaPor;

  @Column(name = "expira", nullable = false)
  private Instant expira;

  @Column(name = "usada_por")
  private Long usadaPor;

  @Column(name = "usada_en")
  private Instant usadaEn;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected InvitacionBot() {}

  /**
   * @param rol el nombre del rol del bot ({@code consejero} o {@code capturista}), ya validado por
   *     quien invita
   * @param nombre el nombre de la persona invitada, con que la conocerá el historial
   */
  public InvitacionBot(String codigo, String rol, String nombre, String creadaPor, Instant ahora) {
    this.codigoHash = CodigoInvitacion.hash(Objects.requireNonNull(codigo, "codigo"));
    this.rol = Objects.requireNonNull(rol, "rol");
    this.nombre = TextoLibre.lineaObligatoria("Nombre", nombre, 200);
    this.creadaPor = Objects.requireNonNull(creadaPor, "creadaPor");
    this.creada = Objects.requireNonNull(ahora, "ahora");
    this.expira = ahora.plus(VIGENCIA);
  }

  /** Si todavía puede canjearse: no se ha usado y no ha vencido. */
  public boolean vigenteAl(Instant ahora) {
    return usadaPor == null && !ahora.isAfter(expira);
  }

  /**
   * Deja la invitación sin efecto desde ya (vence en este momento): su código se vio donde otros
   * pudieron copiarlo, como un grupo.
   */
  public void anular(Instant ahora) {
    if (ahora.isBefore(expira)) {
      expira = ahora.minusMillis(1);
    }
  }

  void usar(long usuarioTelegram, Instant ahora) {
    if (!vigenteAl(ahora)) {
      throw new IllegalStateException("La invitación ya no es vigente.");
    }
    this.usadaPor = usuarioTelegram;
    this.usadaEn = ahora;
  }

  /** Vincula al usuario de Telegram con el rol y el nombre de esta invitación y la marca usada. */
  public VinculoTelegram canjear(long usuarioTelegram, String nombreTelegram, Instant ahora) {
    usar(usuarioTelegram, ahora);
    return new VinculoTelegram(usuarioTelegram, nombreTelegram, rol, nombre, ahora);
  }

  /** El mismo canje sobre un vínculo que ya existía (revocado, o con otro rol). */
  public void canjear(VinculoTelegram existente, String nombreTelegram, Instant ahora) {
    usar(existente.getUsuarioTelegram(), ahora);
    existente.renovar(nombreTelegram, rol, nombre, ahora);
  }

  public Long getId() {
    return id;
  }

  public String getRol() {
    return rol;
  }

  public String getNombre() {
    return nombre;
  }

  public Instant getExpira() {
    return expira;
  }

  public Long getUsadaPor() {
    return usadaPor;
  }

  public Instant getUsadaEn() {
    return usadaEn;
  }
}
