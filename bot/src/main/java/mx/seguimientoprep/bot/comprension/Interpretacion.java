package mx.seguimientoprep.bot.comprension;

import java.util.Objects;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.domain.entidad.Resolucion;

/**
 * Lo que se entendió de un mensaje: un comando del bot, un comando que el bot no conoce, o nada
 * para el bot.
 *
 * @param <C> lo que el despachador da a los manejadores de los comandos
 */
public sealed interface Interpretacion<C>
    permits Interpretacion.Entendido, Interpretacion.Desconocido, Interpretacion.Ignorado {

  /**
   * Un comando, escrito o pedido con una frase o un botón.
   *
   * @param entidad la entidad que nombra, si el comando es {@linkplain Comando#porEntidad() por
   *     entidad}; si no, {@link Resolucion.NoEncontrada}
   * @param argumento el texto tras el comando, tal como se escribió: el código de `/start` o la
   *     forma de una línea de `/oficio`; vacío si no hay
   */
  record Entendido<C>(Comando<C> comando, Resolucion entidad, String argumento)
      implements Interpretacion<C> {

    public Entendido {
      Objects.requireNonNull(comando, "comando");
      Objects.requireNonNull(entidad, "entidad");
      argumento = argumento == null ? "" : argumento.strip();
    }

    static <C> Entendido<C> de(Comando<C> comando, String argumento) {
      return new Entendido<>(comando, new Resolucion.NoEncontrada(), argumento);
    }
  }

  /**
   * Un comando que el bot no conoce.
   *
   * @param comando como se escribió: {@code /borrar}
   */
  record Desconocido<C>(String comando) implements Interpretacion<C> {}

  /** Un mensaje que no es para el bot (en un grupo, sin mención) o sin texto. */
  record Ignorado<C>() implements Interpretacion<C> {}
}
