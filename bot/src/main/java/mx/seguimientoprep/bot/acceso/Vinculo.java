package mx.seguimientoprep.bot.acceso;

import java.util.Objects;

/**
 * El vínculo de un usuario de Telegram con la aplicación, creado al canjear una invitación.
 *
 * @param cuenta el nombre con que la aplicación conoce a la persona (el de la invitación), o {@code
 *     null}
 */
public record Vinculo(RolBot rol, String cuenta) {

  /** Lo que admite la columna `usuario` del historial. */
  private static final int LARGO_DEL_HISTORIAL = 100;

  public Vinculo {
    Objects.requireNonNull(rol, "rol");
    cuenta = cuenta == null || cuenta.isBlank() ? null : cuenta.strip();
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
