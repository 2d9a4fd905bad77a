package mx.seguimientoprep.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Puerto: dónde vive la última pregunta entendida de cada chat, como mapa de textos, para que la
 * siguiente (`¿y Coahuila?`, `otra vez`) se entienda en cualquier nodo y después de un reinicio. La
 * aplicación lo implementa con su base de datos; las pruebas, en memoria.
 */
public interface PreguntasRecientes {

  /** Lo que una pregunta completa a la siguiente; después se borra. */
  Duration VIGENCIA = Duration.ofMinutes(30);

  /** La última pregunta del chat y cuándo se hizo; vacía si no hay. */
  Optional<Guardada> cargar(long chat);

  /** Guarda la pregunta del chat en lugar de la anterior. */
  void guardar(long chat, Map<String, String> pregunta, Instant hecha);

  /** Una pregunta guardada: sus campos y cuándo se hizo. */
  record Guardada(Map<String, String> pregunta, Instant hecha) {
    public Guardada {
      pregunta = Map.copyOf(pregunta);
    }
  }
}
