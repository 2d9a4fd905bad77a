package mx.seguimientoprep.domain.fecha;

import mx.seguimientoprep.domain.DatoInvalido;

/** Un texto que no se lee como fecha; el mensaje en español cita el texto y dice por qué. */
public final class FechaInvalida extends DatoInvalido {

  private static final long serialVersionUID = 1L;

  private final boolean pareceFecha;

  private FechaInvalida(String mensaje, boolean pareceFecha) {
    super(mensaje);
    this.pareceFecha = pareceFecha;
  }

  /** Tiene forma de fecha pero la fecha no existe ({@code 31/02/2021}). */
  static FechaInvalida imposible(String mensaje) {
    return new FechaInvalida(mensaje, true);
  }

  static FechaInvalida noEsFecha(String original) {
    return new FechaInvalida(
        original + " no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).",
        false);
  }

  static FechaInvalida noEsMes(String original) {
    return new FechaInvalida(
        original
            + " no es un mes válido; escríbelo como aaaa-mm (por ejemplo, 2020-10) o como «octubre"
            + " 2020».",
        false);
  }

  /** Si el texto parecía una fecha (y así se quiso decir) pero no existe. */
  public boolean pareceFecha() {
    return pareceFecha;
  }
}
