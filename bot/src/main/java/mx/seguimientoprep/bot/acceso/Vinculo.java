package mx.seguimientoprep.bot.acceso;

import java.util.Objects;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * El vínculo de un usuario de Telegram con la aplicación, creado al canjear una invitación.
 *
 * @param rol un rol del bot ({@link Rol#nombreEnElBot()}): consejero o capturista
 * @param cuenta el nombre con que la aplicación conoce a la persona (el de la invitación), o {@code
 *     null}
 */
public record Vinculo(Rol rol, String cuenta) {

  /** Lo que admite la columna `usuario` del historial. */
  private static final int LARGO_DEL_HISTORIAL = 100;

  public Vinculo {
    Objects.requireNonNull(rol, "rol");
    if (rol.nombreEnElBot().isEmpty()) {
      throw new IllegalArgumentException(rol + " no es un rol del bot.");
    }
    cuenta = cuenta == null || cuenta.isBlank() ? null : cuenta.strip();
  }

  /** El nombre del rol como lo lee la persona en el bot: `consejero`, `capturista`. */
  public String nombreDelRol() {
    return rol.nombreEnElBot().orElseThrow();
  }

  /** Quién escribe, para el historial: la cuenta vinculada y el usuario de Telegram. */
  public String autor(long usuarioTelegram) {
    String telegram = "Telegram " + usuarioTelegram;
    if (cuenta == null) {
      return telegram;
    }
    int espacio = LARGO_DEL_HISTORIAL - telegram.length() - 3;
    String nombre = cuenta.length() > espacio ? cuenta.substring(0, espacio) : cuenta;
    return nombre + " · " + telegram;
  }
}
