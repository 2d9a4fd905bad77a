package mx.seguimientoprep.domain.acceso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * La última pregunta entendida de un chat del bot, guardada como texto (lo entendido, no el
 * mensaje): la que completa «¿y Coahuila?» o «otra vez» en cualquier nodo. La última gana: dos
 * preguntas del mismo chat a la vez dejan la que se guardó después.
 */
@Entity
@Table(name = "pregunta_reciente")
public class PreguntaReciente {

  /** Lo que admite la columna de la pregunta. */
  public static final int LARGO_PREGUNTA = 8000;

  @Id
  @Column(name = "chat")
  private Long chat;

  @Column(name = "pregunta", nullable = false, length = LARGO_PREGUNTA)
  private String pregunta;

  @Column(name = "hecha", nullable = false)
  private Instant hecha;

  protected PreguntaReciente() {}

  public PreguntaReciente(long chat, String pregunta, Instant hecha) {
    this.chat = chat;
    this.pregunta = validada(pregunta);
    this.hecha = Objects.requireNonNull(hecha, "hecha");
  }

  /** La pregunta, si cabe en su columna. */
  public static String validada(String pregunta) {
    Objects.requireNonNull(pregunta, "pregunta");
    if (pregunta.length() > LARGO_PREGUNTA) {
      throw new IllegalArgumentException(
          "La pregunta guardada excede " + LARGO_PREGUNTA + " caracteres.");
    }
    return pregunta;
  }

  public long getChat() {
    return chat;
  }

  public String getPregunta() {
    return pregunta;
  }

  public Instant getHecha() {
    return hecha;
  }
}
