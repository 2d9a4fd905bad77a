package mx.seguimientoprep.domain.acceso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Un usuario de Telegram vinculado con un rol del bot al canjear una invitación. Revocarlo no lo
 * borra: deja de ser atendido en el siguiente mensaje y queda constancia de quién fue.
 */
@Entity
@Table(name = "vinculo_telegram")
public class VinculoTelegram {

  private static final int LARGO_NOMBRE = 200;

  @Id
  @Column(name = "usuario_telegram")
  private Long usuarioTelegram;

  @Column(name = "nombre_telegram", length = LARGO_NOMBRE)
  private String nombreTelegram;

  @Column(name = "rol", nullable = false, length = 20)
  private String rol;

  @Column(name = "cuenta", nullable = false, length = LARGO_NOMBRE)
  private String cuenta;

  @Column(name = "activo", nullable = false)
  private boolean activo;

  @Column(name = "creado", nullable = false)
  private Instant creado;

  @Column(name = "revocado")
  private Instant revocado;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected VinculoTelegram() {}

  VinculoTelegram(
      long usuarioTelegram, String nombreTelegram, String rol, String cuenta, Instant ahora) {
    this.usuarioTelegram = usuarioTelegram;
    renovar(nombreTelegram, rol, cuenta, ahora);
  }

  void renovar(String nombreTelegram, String rol, String cuenta, Instant ahora) {
    this.nombreTelegram = recortar(nombreTelegram);
    this.rol = Objects.requireNonNull(rol, "rol");
    this.cuenta = Objects.requireNonNull(cuenta, "cuenta");
    this.activo = true;
    this.creado = Objects.requireNonNull(ahora, "ahora");
    this.revocado = null;
  }

  /** El usuario deja de ser atendido desde su siguiente mensaje. */
  public void revocar(Instant ahora) {
    this.activo = false;
    this.revocado = ahora;
  }

  private static String recortar(String nombre) {
    if (nombre == null || nombre.isBlank()) {
      return null;
    }
    String limpio = nombre.strip();
    return limpio.length() > LARGO_NOMBRE ? limpio.substring(0, LARGO_NOMBRE) : limpio;
  }

  public long getUsuarioTelegram() {
    return usuarioTelegram;
  }

  /** El nombre que muestra Telegram, si lo dio. */
  public String getNombreTelegram() {
    return nombreTelegram;
  }

  /** {@code consejero} o {@code capturista}. */
  public String getRol() {
    return rol;
  }

  /** El nombre de la persona en la invitación. */
  public String getCuenta() {
    return cuenta;
  }

  public boolean isActivo() {
    return activo;
  }

  public Instant getCreado() {
    return creado;
  }

  public Instant getRevocado() {
    return revocado;
  }
}
