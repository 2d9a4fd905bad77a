package mx.seguimientoprep.domain.aviso;

import java.time.Instant;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Las suscripciones a los avisos de una entidad. */
public interface SuscripcionRepository {

  /**
   * Suscribe a la persona a la entidad en ese chat, o reanuda la suscripción que había cancelado.
   *
   * @return {@code false} si ya estaba vigente
   */
  boolean suscribir(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora);

  /**
   * @return {@code false} si no había una vigente
   */
  boolean cancelar(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora);

  /** Las entidades de las suscripciones vigentes de la persona en ese chat, por clave. */
  List<ClaveEntidad> entidadesDe(long usuarioTelegram, long chat);

  /** Las suscripciones vigentes de personas con vínculo vigente: a quién avisar. */
  List<SuscripcionVigente> vigentes();

  /** Las suscripciones vigentes con su persona, para el administrador. */
  List<SuscripcionDeVinculo> paraAdministrar();

  /**
   * Una suscripción vigente con el nombre de su persona.
   *
   * @param cuenta el nombre de la persona en su invitación
   */
  record SuscripcionDeVinculo(SuscripcionVigente suscripcion, String cuenta, String entidad) {}
}
