package mx.seguimientoprep.domain.fecha;

import mx.seguimientoprep.domain.DatoInvalido;

/** A text that is not read as a date; the Spanish message quotes the text and says why. */
public final class FechaInvalida extends DatoInvalido {

  private static final long serialVersionUID = 1L;

  private final boolean pareceFecha;

  private FechaInvalida(String mensaje, boolean pareceFecha) {
    super(mensaje);
    this.pareceFecha = pareceFecha;
  }

  /** It has the shape of a date but the date does not exist ({@code 31/02/2021}). */
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

  /** Whether the text looked like a date (and so was meant as one) but does not exist. */
  public boolean pareceFecha() {
    return pareceFecha;
  }
}
