package mx.seguimientoprep.domain.acceso;

import java.time.Instant;
import java.util.List;

/** Los updates de Telegram recibidos: cada uno se atiende una vez, aunque llegue repetido. */
public interface UpdateTelegramRepository {

  /**
   * Guarda el update como recibido, en una transacción propia.
   *
   * @return {@code true} si es la primera vez que se recibe (hay que atenderlo); {@code false} si
   *     ya se había recibido, en este nodo o en otro, antes o después de un reinicio
   */
  boolean registrar(long updateId, String contenido, Instant ahora);

  /** Marca el update como atendido o fallido; el contenido se conserva solo si falló. */
  void concluir(long updateId, EstadoUpdate estado, Instant ahora);

  /** Los recibidos antes de ese momento que nadie ha concluido (un nodo se detuvo a la mitad). */
  List<UpdateTelegram> rezagados(Instant recibidosAntesDe, int cuantos);

  /**
   * Toma un rezagado para atenderlo, si nadie lo tomó antes: solo uno de los nodos que lo intenten
   * a la vez lo consigue.
   */
  boolean reclamar(UpdateTelegram rezagado, Instant ahora);

  /** Borra los concluidos antes de ese momento; Telegram no reenvía updates de más de un día. */
  int depurar(Instant concluidosAntesDe);
}
