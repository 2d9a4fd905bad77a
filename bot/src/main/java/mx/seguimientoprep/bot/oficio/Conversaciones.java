package mx.seguimientoprep.bot.oficio;

import java.util.Optional;

/**
 * Puerto: dónde vive la conversación de cada chat entre un mensaje y el siguiente. La aplicación lo
 * implementa con su base de datos (con {@link Conversacion#comoMapa()}), para que una conversación
 * sobreviva a un reinicio y la atienda cualquier nodo.
 */
public interface Conversaciones {

  /** La conversación del chat; vacía si no hay o si lo guardado ya no se puede leer. */
  Optional<Conversacion> cargar(long chat);

  void guardar(long chat, Conversacion conversacion);

  void borrar(long chat);
}
