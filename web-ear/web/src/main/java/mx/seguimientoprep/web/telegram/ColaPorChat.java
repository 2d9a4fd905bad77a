package mx.seguimientoprep.web.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
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
  private final AtomicInteger tareas = new AtomicInteger();

  ColaPorChat(Executor ejecutor) {
    this.ejecutor = ejecutor;
  }

  /** Pone la tarea tras las del mismo chat; lo devuelto termina cuando la tarea terminó. */
  CompletableFuture<Void> encolar(long chat, Runnable tarea) {
    tareas.incrementAndGet();
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
    siguiente.whenComplete(
        (r, e) -> {
          tareas.decrementAndGet();
          colas.remove(chat, siguiente);
        });
    return siguiente;
  }

  /** Las tareas en curso o en espera, de todos los chats. */
  int tareas() {
    return tareas.get();
  }
}
