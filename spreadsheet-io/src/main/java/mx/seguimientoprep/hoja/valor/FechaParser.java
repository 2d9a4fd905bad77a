package mx.seguimientoprep.hoja.valor;

import java.time.LocalDate;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.FechaInvalida;
import mx.seguimientoprep.hoja.Celda;

/**
 * Lee una fecha en cualquiera de las formas que acepta el libro: fecha real de Excel, {@code
 * dd/mm/aaaa}, {@code d/m/aa}, {@code aaaa-mm-dd}, {@code 3 de noviembre de 2020}, {@code
 * 3-nov-2020} y la forma larga de los informes, {@code tres (03) de noviembre de dos mil veinte
 * (2020)}, donde ganan los numerales entre paréntesis. El día va siempre primero: {@code
 * 04/11/2021} es el 4 de noviembre.
 */
public final class FechaParser {

  /** El día cero de las fechas de Excel (sistema 1900, a partir de marzo de 1900). */
  private static final LocalDate EPOCA_EXCEL = LocalDate.of(1899, 12, 30);

  /** Un número sin formato de fecha se acepta como fecha de Excel solo en 1990-2099. */
  private static final double SERIAL_MINIMO = 32_874;

  private static final double SERIAL_MAXIMO = 73_050;

  private FechaParser() {}

  public static LocalDate leer(Celda celda) {
    if (celda instanceof Celda.Fecha fecha) {
      return fecha.valor();
    }
    if (celda instanceof Celda.Numero numero) {
      if (numero.entero() && numero.valor() >= SERIAL_MINIMO && numero.valor() <= SERIAL_MAXIMO) {
        return EPOCA_EXCEL.plusDays((long) numero.valor());
      }
      throw noEsFecha(numero.texto());
    }
    return leer(celda.texto());
  }

  /**
   * @throws ValorInvalido when the text is not a date or is one that does not exist
   */
  public static LocalDate leer(String texto) {
    try {
      return FechaEscrita.leer(texto);
    } catch (FechaInvalida e) {
      throw new ValorInvalido(e.getMessage());
    }
  }

  private static ValorInvalido noEsFecha(String original) {
    return new ValorInvalido(
        original + " no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).");
  }
}
