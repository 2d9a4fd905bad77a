package mx.seguimientoprep.hoja.valor;

import java.util.regex.Pattern;
import mx.seguimientoprep.hoja.Celda;

/** Lee un número entero, escrito como número de Excel o como texto ({@code 3}, {@code 03}). */
public final class EnteroParser {

  private static final Pattern CIFRAS = Pattern.compile("^[+-]?\\d{1,9}$");

  private EnteroParser() {}

  public static int leer(Celda celda) {
    if (celda instanceof Celda.Numero numero) {
      if (numero.entero() && Math.abs(numero.valor()) < 1e9) {
        return (int) numero.valor();
      }
      throw noEsEntero(numero.texto());
    }
    if (celda instanceof Celda.Fecha fecha) {
      throw noEsEntero(fecha.texto());
    }
    return leer(celda.texto());
  }

  public static int leer(String texto) {
    String original = texto.strip();
    if (!CIFRAS.matcher(original).matches()) {
      throw noEsEntero(original);
    }
    return Integer.parseInt(original);
  }

  private static ValorInvalido noEsEntero(String original) {
    return new ValorInvalido(original + " no es un número entero.");
  }
}
