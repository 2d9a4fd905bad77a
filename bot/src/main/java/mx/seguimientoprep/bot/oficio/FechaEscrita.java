package mx.seguimientoprep.bot.oficio;

import java.time.LocalDate;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.fecha.FechaInvalida;

/**
 * A date typed in the chat: {@code hoy} and {@code ayer}, or any form that the workbook accepts
 * (read by the domain's {@link mx.seguimientoprep.domain.fecha.FechaEscrita}, the same reading as
 * the workbook's and the API's).
 */
final class FechaEscrita {

  private FechaEscrita() {}

  /**
   * @param hoy the date of today, for {@code hoy} and {@code ayer}
   * @throws FechaInvalida if the text is not a date, or is one that does not exist
   */
  static LocalDate leer(String texto, LocalDate hoy) {
    String simple = TextoComparable.de(texto == null ? "" : texto);
    if (simple.equals("hoy")) {
      return hoy;
    }
    if (simple.equals("ayer")) {
      return hoy.minusDays(1);
    }
    return mx.seguimientoprep.domain.fecha.FechaEscrita.leer(texto);
  }
}
