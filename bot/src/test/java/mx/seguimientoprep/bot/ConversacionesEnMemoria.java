package mx.seguimientoprep.bot;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.bot.oficio.Conversacion;
import mx.seguimientoprep.bot.oficio.Conversaciones;

/**
 * Las conversaciones guardadas como las guardará la aplicación: su mapa de textos, de modo que cada
 * mensaje de una prueba pasa por {@link Conversacion#comoMapa()} y {@link Conversacion#desdeMapa}.
 */
public final class ConversacionesEnMemoria implements Conversaciones {

  private final Map<Long, Map<String, String>> porChat = new HashMap<>();

  @Override
  public Optional<Conversacion> cargar(long chat) {
    return Optional.ofNullable(porChat.get(chat)).map(Conversacion::desdeMapa);
  }

  @Override
  public void guardar(long chat, Conversacion conversacion) {
    porChat.put(chat, conversacion.comoMapa());
  }

  @Override
  public void borrar(long chat) {
    porChat.remove(chat);
  }

  public boolean hayConversacion(long chat) {
    return porChat.containsKey(chat);
  }
}
