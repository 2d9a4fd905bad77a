package mx.seguimientoprep.domain.entidad;

import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;

/** La clave de dos dígitos de una entidad: `00` (INE) a `32`; `5` y `05` son la misma. */
public record ClaveEntidad(String valor) {

  private static final Pattern UNO_O_DOS_DIGITOS = Pattern.compile("\\d{1,2}");
  private static final int MAXIMA = 32;

  public ClaveEntidad {
    String texto = valor == null ? "" : valor.strip();
    if (!UNO_O_DOS_DIGITOS.matcher(texto).matches() || Integer.parseInt(texto) > MAXIMA) {
      throw new DatoInvalido(
          "Entidad",
          valor,
          "«" + (valor == null ? "" : valor) + "» no es una clave de entidad: va de 00 a 32.");
    }
    valor = String.format("%02d", Integer.parseInt(texto));
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
