package mx.seguimientoprep.domain.acceso;

import java.time.Instant;
import java.util.Optional;

/** La conversación en curso de cada chat del bot. */
public interface ConversacionBotRepository {

  Optional<ConversacionBot> findByChat(long chat);

  /** Crea o reemplaza la conversación del chat. */
  void guardar(long chat, String estado, Instant ahora);

  void borrar(long chat);
}
