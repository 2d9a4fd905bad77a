package mx.seguimientoprep.bot.acceso;

import java.time.Instant;
import java.util.Optional;

/**
 * Puerto: los códigos de invitación que crea un administrador en la web. Lo implementa la
 * aplicación con su base de datos.
 */
public interface Invitaciones {

  /**
   * Vincula al usuario de Telegram con el rol de la invitación y marca el código como usado.
   *
   * @return el vínculo creado; vacío si el código no existe, ya se usó o venció (la persona recibe
   *     la misma respuesta en los tres casos)
   */
  Optional<Vinculo> canjear(
      String codigo, long usuarioTelegram, String nombreTelegram, Instant ahora);

  /**
   * Anula la invitación de ese código, que se escribió donde otros pudieron verlo (un grupo).
   *
   * @return si había una invitación vigente con ese código
   */
  boolean anular(String codigo, Instant ahora);
}
