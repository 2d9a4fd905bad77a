package mx.seguimientoprep.bot.comprension;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.domain.entidad.Resolucion;

/**
 * Lo que se entendió de un mensaje: un comando del bot, un comando que el bot no conoce, o nada
 * para el bot.
 *
 * @param <C> lo que el despachador da a los manejadores de los comandos
 */
public sealed interface Interpretacion<C>
    permits Interpretacion.Entendido,
        Interpretacion.Desconocido,
        Interpretacion.NoEntendido,
        Interpretacion.Ignorado {

  /**
   * Lo que, además del comando y la entidad, dice la pregunta.
   *
   * @param fecha la fecha a la que se pregunta (`al 30 de noviembre de 2020`, `el mes pasado`);
   *     vacía: la de hoy
   * @param entregable el código del entregable nombrado (`E08` por «el PTO»)
   * @param documentos los números de oficio o claves de acuerdo escritos, ya normalizados (a lo más
   *     {@link Interprete#DOCUMENTOS_MAXIMOS})
   * @param continuacion si la frase sigue la pregunta anterior con otra entidad (`¿y Coahuila?`)
   * @param palabras las palabras de la frase en su forma comparable, para los matices que decide el
   *     manejador (`esta semana`)
   */
  record Detalles(
      Optional<LocalDate> fecha,
      Optional<String> entregable,
      List<String> documentos,
      boolean continuacion,
      List<String> palabras) {

    public static final Detalles NINGUNO =
        new Detalles(Optional.empty(), Optional.empty(), List.of(), false, List.of());

    public Detalles {
      Objects.requireNonNull(fecha, "fecha");
      Objects.requireNonNull(entregable, "entregable");
      documentos = List.copyOf(documentos);
      palabras = List.copyOf(palabras);
    }

    /** Los mismos, con otro entregable si no traen uno. */
    public Detalles conEntregableSiFalta(Optional<String> otro) {
      return entregable.isPresent()
          ? this
          : new Detalles(fecha, otro, documentos, continuacion, palabras);
    }
  }

  /**
   * Un comando, escrito o pedido con una frase o un botón.
   *
   * @param entidad la entidad que nombra, si el comando es {@linkplain Comando#porEntidad() por
   *     entidad}; si no, {@link Resolucion.NoEncontrada}
   * @param argumento el texto tras el comando, tal como se escribió: el código de `/start` o la
   *     forma de una línea de `/oficio`; vacío si no hay
   */
  record Entendido<C>(Comando<C> comando, Resolucion entidad, String argumento, Detalles detalles)
      implements Interpretacion<C> {

    public Entendido {
      Objects.requireNonNull(comando, "comando");
      Objects.requireNonNull(entidad, "entidad");
      Objects.requireNonNull(detalles, "detalles");
      argumento = argumento == null ? "" : argumento.strip();
    }

    public Entendido(Comando<C> comando, Resolucion entidad, String argumento) {
      this(comando, entidad, argumento, Detalles.NINGUNO);
    }

    /** La misma pregunta, por otra entidad. */
    public Entendido<C> con(Resolucion otra) {
      return new Entendido<>(comando, otra, argumento, detalles);
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

  /**
   * Una frase que el bot no entiende: ni comando, ni entidad.
   *
   * @param texto como se escribió, para buscar ejemplos parecidos (no se guarda)
   */
  record NoEntendido<C>(String texto) implements Interpretacion<C> {}

  /** Un mensaje que no es para el bot (en un grupo, sin mención) o sin texto. */
  record Ignorado<C>() implements Interpretacion<C> {}
}
