package mx.seguimientoprep.bot;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Las preguntas recientes en un mapa, como las guarda la base: solo textos. */
final class PreguntasRecientesEnMemoria implements PreguntasRecientes {

  private final Map<Long, Guardada> porChat = new HashMap<>();

  @Override
  public Optional<Guardada> cargar(long chat) {
    return Optional.ofNullable(porChat.get(chat));
  }

  @Override
  public void guardar(long chat, Map<String, String> pregunta, Instant hecha) {
    porChat.put(chat, new Guardada(pregunta, hecha));
  }
}
