package mx.seguimientoprep.domain.aviso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * Una persona vinculada al bot sigue una entidad en un chat (el privado o un grupo): ahí recibe sus
 * avisos. Pertenece al vínculo: revocarlo la termina. Cancelarla no la borra (sus avisos siguen
 * registrados); suscribirse otra vez la reanuda.
 */
@Entity
@Table(name = "suscripcion")
public class Suscripcion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suscripcion_seq")
  @SequenceGenerator(
      name = "suscripcion_seq",
      sequenceName = "suscripcion_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "usuario_telegram", nullable = false)
  private long usuarioTelegram;

  @Column(name = "chat", nullable = false)
  private long chat;

  @Column(name = "entidad_clave", nullable = false, length = 2)
  private String entidad;

  @Column(name = "creada", nullable = false)
  private Instant creada;

  @Column(name = "cancelada")
  private Instant cancelada;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Suscripcion() {}

  public Suscripcion(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    this.usuarioTelegram = usuarioTelegram;
    this.chat = chat;
    this.entidad = entidad.valor();
    this.creada = Objects.requireNonNull(ahora, "ahora");
  }

  /** Vuelve a estar vigente desde ahora (los avisos anteriores a ahora no se le envían). */
  public void reanudar(Instant ahora) {
    this.creada = Objects.requireNonNull(ahora, "ahora");
    this.cancelada = null;
  }

  public void cancelar(Instant ahora) {
    this.cancelada = Objects.requireNonNull(ahora, "ahora");
  }

  public boolean vigente() {
    return cancelada == null;
  }

  public Long getId() {
    return id;
  }

  public long getUsuarioTelegram() {
    return usuarioTelegram;
  }

  public long getChat() {
    return chat;
  }

  public ClaveEntidad getEntidad() {
    return new ClaveEntidad(entidad);
  }

  /** Desde cuándo está vigente. */
  public Instant getCreada() {
    return creada;
  }

  public Instant getCancelada() {
    return cancelada;
  }
}
