package mx.seguimientoprep.web.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tareas de varios chats en paralelo sobre un ejecutor, pero las de un mismo chat una tras otra y
 * en el orden en que llegaron: los pasos de una conversación no se adelantan entre sí.
 */
final class ColaPorChat {

  private static final Logger LOG = Logger.getLogger(ColaPorChat.class.getName());

  private final Executor ejecutor;
  private final ConcurrentMap<Long, CompletableFuture<Void>> colas = new ConcurrentHashMap<>();

  ColaPorChat(Executor ejecutor) {
    this.ejecutor = ejecutor;
  }

  void encolar(long chat, Runnable tarea) {
    CompletableFuture<Void> siguiente =
        colas.compute(
            chat,
            (clave, anterior) ->
                (anterior == null ? CompletableFuture.<Void>completedFuture(null) : anterior)
                    .thenRunAsync(tarea, ejecutor)
                    .exceptionally(
                        error -> {
                          LOG.log(Level.SEVERE, "Tarea del chat " + chat + " fallida", error);
                          return null;
                        }));
    siguiente.whenComplete((r, e) -> colas.remove(chat, siguiente));
  }

  /** Las tareas en curso o en espera, de todos los chats. */
  int pendientes() {
    return colas.size();
  }
}
