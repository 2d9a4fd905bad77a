package mx.seguimientoprep.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.bot.comprension.Interpretacion.Entendido;

/**
 * La última pregunta de cada chat, durante 30 minutos: con ella se entiende `¿y Coahuila?` (la
 * misma pregunta por otra entidad), una pregunta sin entidad después de nombrar una, y `otra vez`.
 * Vive en la memoria del servidor, acotada a los chats más recientes: es una cortesía de la
 * conversación, no un registro, y se pierde al reiniciar.
 */
final class MemoriaDeChats {

  static final Duration VIGENCIA = Duration.ofMinutes(30);

  private static final int CHATS_MAXIMOS = 10_000;

  private record Recuerdo(Entendido<Contexto> pedido, Instant cuando) {}

  private final Map<Long, Recuerdo> porChat =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Recuerdo> mayor) {
          return size() > CHATS_MAXIMOS;
        }
      };

  /** La última pregunta del chat, si se hizo hace menos de 30 minutos. */
  synchronized Optional<Entendido<Contexto>> ultima(long chat, Instant ahora) {
    Recuerdo recuerdo = porChat.get(chat);
    if (recuerdo == null) {
      return Optional.empty();
    }
    if (recuerdo.cuando().plus(VIGENCIA).isBefore(ahora)) {
      porChat.remove(chat);
      return Optional.empty();
    }
    return Optional.of(recuerdo.pedido());
  }

  synchronized void recordar(long chat, Entendido<Contexto> pedido, Instant ahora) {
    porChat.put(chat, new Recuerdo(pedido, ahora));
  }
}
