package mx.seguimientoprep.domain.aviso;

import java.time.Instant;
import java.util.Objects;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * Una suscripción vigente de una persona con vínculo vigente: a qué chat van sus avisos.
 *
 * @param desde desde cuándo está vigente: un oficio registrado antes no se le avisa
 */
public record SuscripcionVigente(
    long id, long usuarioTelegram, long chat, ClaveEntidad entidad, Instant desde) {

  public SuscripcionVigente {
    Objects.requireNonNull(entidad, "entidad");
    Objects.requireNonNull(desde, "desde");
  }

  public static SuscripcionVigente de(Suscripcion s) {
    return new SuscripcionVigente(
        s.getId(), s.getUsuarioTelegram(), s.getChat(), s.getEntidad(), s.getCreada());
  }
}
