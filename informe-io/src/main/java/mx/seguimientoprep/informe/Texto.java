package mx.seguimientoprep.informe;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * El texto de un enunciado para buscar en él: en minúsculas y sin acentos, con la misma longitud
 * que el original, de modo que una posición en uno es la misma en el otro.
 */
final class Texto {

  private static final Pattern MARCAS = Pattern.compile("\\p{M}");

  private Texto() {}

  static String simple(String texto) {
    StringBuilder simple = new StringBuilder(texto.length());
    for (int i = 0; i < texto.length(); i++) {
      String letra = String.valueOf(texto.charAt(i));
      String sinAcento =
          MARCAS.matcher(Normalizer.normalize(letra, Normalizer.Form.NFD)).replaceAll("");
      simple.append(sinAcento.length() == 1 ? sinAcento.toLowerCase(Locale.ROOT) : letra);
    }
    return simple.toString();
  }

  /** La primera letra en mayúscula y un punto al final. */
  static String enunciado(String texto) {
    String limpio = texto.strip().replaceAll("^[,;:\\s]+", "").replaceAll("[,;:\\s]+$", "");
    if (limpio.isEmpty()) {
      return limpio;
    }
    limpio = Character.toUpperCase(limpio.charAt(0)) + limpio.substring(1);
    return limpio.endsWith(".") ? limpio : limpio + ".";
  }

  /** Un texto de a lo más {@code maximo} caracteres, cortado en una palabra. */
  static String acotado(String texto, int maximo) {
    if (texto.length() <= maximo) {
      return texto;
    }
    int corte = texto.lastIndexOf(' ', maximo - 1);
    return texto.substring(0, corte > maximo / 2 ? corte : maximo - 1) + "…";
  }
}
