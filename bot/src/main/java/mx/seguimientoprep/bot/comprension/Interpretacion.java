package mx.seguimientoprep.bot.comprension;

import java.util.Objects;
import mx.seguimientoprep.domain.entidad.Resolucion;

/**
 * Lo que se entendió de un mensaje.
 *
 * @param entidad la entidad que nombra, si la intención es {@linkplain Intencion#porEntidad() por
 *     entidad}; si no, {@link Resolucion.NoEncontrada}
 * @param argumento el texto tras el comando, tal como se escribió: el código de `/start` o la forma
 *     de una línea de `/oficio`; vacío si no hay
 */
public record Interpretacion(Intencion intencion, Resolucion entidad, String argumento) {

  public Interpretacion {
    Objects.requireNonNull(intencion, "intencion");
    Objects.requireNonNull(entidad, "entidad");
    argumento = argumento == null ? "" : argumento.strip();
  }

  static Interpretacion de(Intencion intencion) {
    return new Interpretacion(intencion, new Resolucion.NoEncontrada(), "");
  }

  static Interpretacion de(Intencion intencion, String argumento) {
    return new Interpretacion(intencion, new Resolucion.NoEncontrada(), argumento);
  }
}
