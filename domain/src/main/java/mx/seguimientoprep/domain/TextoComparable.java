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
    String ascii = deAscii(texto);
    if (ascii != null) {
      return ascii;
    }
    String sinAcentos =
        MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFD)).replaceAll("");
    return NO_ALFANUMERICOS.matcher(sinAcentos.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * La misma forma, sin expresiones regulares ni normalización Unicode, para el caso común de un
   * texto todo ASCII (números de oficio, claves, la mayoría de los valores de una hoja); {@code
   * null} si el texto tiene algún carácter fuera de ASCII.
   */
  private static String deAscii(String texto) {
    int longitud = texto.length();
    char[] forma = new char[longitud];
    int usados = 0;
    boolean separador = false;
    for (int i = 0; i < longitud; i++) {
      char c = texto.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        separador = true;
        continue;
      }
      if (separador && usados > 0) {
        forma[usados++] = ' ';
      }
      separador = false;
      forma[usados++] = c;
    }
    return new String(forma, 0, usados);
  }

  public static boolean iguales(String uno, String otro) {
    return de(uno).equals(de(otro));
  }
}
