package mx.seguimientoprep.bot.oficio;

/** Un texto que no se lee como fecha; el mensaje, en español, cita el texto y dice por qué. */
final class FechaInvalida extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean pareceFecha;

  private FechaInvalida(String mensaje, boolean pareceFecha) {
    super(mensaje, null, false, false);
    this.pareceFecha = pareceFecha;
  }

  /** Tiene forma de fecha pero no existe (`31/02/2021`, `15/13/2021`). */
  static FechaInvalida imposible(String mensaje) {
    return new FechaInvalida(mensaje, true);
  }

  static FechaInvalida noEsFecha(String original) {
    return new FechaInvalida(
        original + " no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).",
        false);
  }

  boolean pareceFecha() {
    return pareceFecha;
  }
}
