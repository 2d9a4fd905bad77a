package mx.seguimientoprep.domain.acceso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * La conversación en curso de un chat (el registro de un oficio), guardada como texto entre un
 * mensaje y el siguiente: sobrevive a un reinicio y la atiende cualquier nodo.
 */
@Entity
@Table(name = "conversacion_bot")
public class ConversacionBot {

  /** Lo que admite la columna del estado. */
  public static final int LARGO_ESTADO = 12000;

  @Id
  @Column(name = "chat")
  private Long chat;

  @Column(name = "estado", nullable = false, length = LARGO_ESTADO)
  private String estado;

  @Column(name = "actualizada", nullable = false)
  private Instant actualizada;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ConversacionBot() {}

  public ConversacionBot(long chat, String estado, Instant ahora) {
    this.chat = chat;
    asignar(estado, ahora);
  }

  public void cambiar(String estado, Instant ahora) {
    asignar(estado, ahora);
  }

  /**
   * Privado para que el constructor no llame a un método que una subclase (el proxy de Hibernate)
   * pueda redefinir antes de estar construida (-Xlint:this-escape).
   */
  private void asignar(String estado, Instant ahora) {
    Objects.requireNonNull(estado, "estado");
    if (estado.length() > LARGO_ESTADO) {
      throw new IllegalArgumentException(
          "El estado de la conversación excede " + LARGO_ESTADO + " caracteres.");
    }
    this.estado = estado;
    this.actualizada = Objects.requireNonNull(ahora, "ahora");
  }

  public long getChat() {
    return chat;
  }

  public String getEstado() {
    return estado;
  }

  public Instant getActualizada() {
    return actualizada;
  }
}
