package mx.seguimientoprep.bot.comando;

import java.util.Objects;

/**
 * Un renglón de /ayuda: un ejemplo de cómo se escribe el comando y qué hace.
 *
 * @param ejemplo tal como se escribe: {@code /estado durango}
 * @param texto qué contesta el bot, en minúsculas: {@code la tarjeta de estado del proceso actual}
 */
public record LineaDeAyuda(String ejemplo, String texto) {

  public LineaDeAyuda {
    Objects.requireNonNull(ejemplo, "ejemplo");
    Objects.requireNonNull(texto, "texto");
    if (!ejemplo.startsWith("/") || texto.isBlank()) {
      throw new IllegalArgumentException("Un renglón de ayuda es «/comando … — qué hace».");
    }
  }

  /** {@code /estado durango — la tarjeta de estado del proceso actual}. */
  @Override
  public String toString() {
    return ejemplo + " — " + texto;
  }
}
