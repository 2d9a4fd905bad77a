package mx.seguimientoprep.domain.entidad;

import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;

/** La clave de dos dígitos de una entidad: `00` (INE) a `32`; `5` y `05` son la misma. */
public record ClaveEntidad(String valor) {

  private static final Pattern UNO_O_DOS_DIGITOS = Pattern.compile("\\d{1,2}");
  private static final int MAXIMA = 32;

  public ClaveEntidad {
    valor = normal(valor);
  }

  private static String normal(String valor) {
    String texto = valor == null ? "" : valor.strip();
    if (texto.length() == 2
        && esDigito(texto.charAt(0))
        && esDigito(texto.charAt(1))
        && Integer.parseInt(texto) <= MAXIMA) {
      // La forma normal, la de cada lectura de la base: sin expresión regular ni formato.
      return texto;
    }
    if (!UNO_O_DOS_DIGITOS.matcher(texto).matches() || Integer.parseInt(texto) > MAXIMA) {
      throw new DatoInvalido(
          "Entidad",
          valor,
          "«" + (valor == null ? "" : valor) + "» no es una clave de entidad: va de 00 a 32.");
    }
    return String.format("%02d", Integer.parseInt(texto));
  }

  private static boolean esDigito(char c) {
    return c >= '0' && c <= '9';
  }

  public static ClaveEntidad de(int numero) {
    return new ClaveEntidad(Integer.toString(numero));
  }

  public int numero() {
    return Integer.parseInt(valor);
  }

  @Override
  public String toString() {
    return valor;
  }
}
