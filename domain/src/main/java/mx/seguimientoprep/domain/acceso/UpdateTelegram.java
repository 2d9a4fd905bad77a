package mx.seguimientoprep.domain.acceso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Un update de Telegram ya recibido. Su {@code update_id} es la clave primaria: guardarlo es el
 * punto donde se decide, una sola vez para todos los nodos, que se atiende; uno repetido (Telegram
 * reintenta si no recibió respuesta a tiempo) choca con la clave y se ignora. Mientras se atiende
 * guarda el JSON recibido, para retomarlo si el servidor se detuvo a la mitad.
 */
@Entity
@Table(name = "update_telegram")
public class UpdateTelegram {

  /** Lo que admite la columna del contenido; uno más largo se atiende sin guardarlo. */
  public static final int LARGO_CONTENIDO = 200000;

  @Id
  @Column(name = "update_id")
  private Long updateId;

  @Column(name = "recibido", nullable = false)
  private Instant recibido;

  @Enumerated(EnumType.STRING)
  @Column(name = "estado", nullable = false, length = 20)
  private EstadoUpdate estado;

  @Column(name = "contenido", length = LARGO_CONTENIDO)
  private String contenido;

  @Column(name = "concluido")
  private Instant concluido;

  protected UpdateTelegram() {}

  public UpdateTelegram(long updateId, String contenido, Instant recibido) {
    this.updateId = updateId;
    this.recibido = Objects.requireNonNull(recibido, "recibido");
    this.estado = EstadoUpdate.RECIBIDO;
    this.contenido = contenido == null || contenido.length() > LARGO_CONTENIDO ? null : contenido;
  }

  public long getUpdateId() {
    return updateId;
  }

  public Instant getRecibido() {
    return recibido;
  }

  public EstadoUpdate getEstado() {
    return estado;
  }

  /** El JSON del update, mientras no se ha atendido (o si su atención falló). */
  public String getContenido() {
    return contenido;
  }

  public Instant getConcluido() {
    return concluido;
  }
}
