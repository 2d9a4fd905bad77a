package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import mx.seguimientoprep.bot.aviso.Suscripciones;
import mx.seguimientoprep.domain.aviso.SuscripcionRepository;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Las suscripciones del bot, en el repositorio de suscripciones de la base. */
@ApplicationScoped
public class SuscripcionesEnBase implements Suscripciones {

  @Inject SuscripcionRepository repositorio;

  @Override
  public boolean suscribir(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    return repositorio.suscribir(usuarioTelegram, chat, entidad, ahora);
  }

  @Override
  public boolean cancelar(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    return repositorio.cancelar(usuarioTelegram, chat, entidad, ahora);
  }

  @Override
  public List<ClaveEntidad> de(long usuarioTelegram, long chat) {
    return repositorio.entidadesDe(usuarioTelegram, chat);
  }
}
