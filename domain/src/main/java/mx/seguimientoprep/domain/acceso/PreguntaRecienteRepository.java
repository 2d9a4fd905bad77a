package mx.seguimientoprep.domain.acceso;

import java.time.Instant;
import java.util.Optional;

/** La última pregunta entendida de cada chat del bot. */
public interface PreguntaRecienteRepository {

  Optional<PreguntaReciente> findByChat(long chat);

  /** Crea o reemplaza la pregunta del chat. */
  void guardar(long chat, String pregunta, Instant hecha);

  /** Borra las hechas antes de ese instante; responde cuántas. */
  int depurar(Instant hechasAntesDe);
}
