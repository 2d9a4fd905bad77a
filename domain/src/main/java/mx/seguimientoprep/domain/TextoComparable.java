package mx.seguimientoprep.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * La forma de un texto con la que se comparan nombres, encabezados y valores escritos por personas:
 * sin acentos, en minúsculas, con la puntuación convertida en espacios y los espacios colapsados.
 */
public final class TextoComparable {

  private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
  private static final Pattern NO_ALFANUMERICOS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextoComparable() {}

  public static String de(String texto) {
    if (texto == null) {
      return "";
    }
    String sinAcentos =
        MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFD)).replaceAll("");
    return NO_ALFANUMERICOS.matcher(sinAcentos.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  public static boolean iguales(String uno, String otro) {
    return de(uno).equals(de(otro));
  }
}
