package mx.seguimientoprep.bot.aviso;

import java.time.Instant;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * Puerto: las suscripciones de las personas vinculadas, por chat. Lo implementa la aplicación con
 * su base de datos.
 */
public interface Suscripciones {

  /**
   * Suscribe a la persona a la entidad en ese chat (o reanuda la que había cancelado).
   *
   * @return {@code false} si ya estaba suscrita ahí
   */
  boolean suscribir(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora);

  /**
   * Cancela la suscripción de la persona a la entidad en ese chat.
   *
   * @return {@code false} si no estaba suscrita ahí
   */
  boolean cancelar(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora);

  /** Las entidades a las que la persona está suscrita en ese chat, por clave. */
  List<ClaveEntidad> de(long usuarioTelegram, long chat);
}
