package mx.seguimientoprep.bot;

import java.time.Instant;

/**
 * Puerto: cuenta los mensajes que el bot no entendió, para que un administrador vea en /prep/bot
 * cuántos son y qué comandos se intentaron más. No guarda el texto: solo el comando desconocido que
 * se escribió (`/borrar`) o, de una frase, el comando cuyo ejemplo se le sugirió primero.
 */
public interface NoEntendidos {

  /** De qué clase fue el mensaje no entendido. */
  enum Clase {
    /** Un comando que el bot no tiene: `/borrar`. */
    COMANDO,
    /** Una frase en la que no reconoció ni comando ni entidad. */
    FRASE
  }

  /**
   * @param intento el comando desconocido, en minúsculas y con su barra, o el comando sugerido
   *     primero para una frase; a lo más 40 caracteres
   */
  void contar(Clase clase, String intento, Instant cuando);
}
