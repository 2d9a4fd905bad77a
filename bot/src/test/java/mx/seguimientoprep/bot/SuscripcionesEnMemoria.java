package mx.seguimientoprep.bot;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mx.seguimientoprep.bot.aviso.Suscripciones;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Las suscripciones vigentes, por persona, chat y entidad. */
public final class SuscripcionesEnMemoria implements Suscripciones {

  private record Llave(long usuario, long chat, ClaveEntidad entidad) {}

  private final Set<Llave> vigentes = ConcurrentHashMap.newKeySet();

  @Override
  public boolean suscribir(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    return vigentes.add(new Llave(usuarioTelegram, chat, entidad));
  }

  @Override
  public boolean cancelar(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    return vigentes.remove(new Llave(usuarioTelegram, chat, entidad));
  }

  @Override
  public List<ClaveEntidad> de(long usuarioTelegram, long chat) {
    return vigentes.stream()
        .filter(l -> l.usuario() == usuarioTelegram && l.chat() == chat)
        .map(Llave::entidad)
        .sorted(Comparator.comparing(ClaveEntidad::valor))
        .toList();
  }
}
