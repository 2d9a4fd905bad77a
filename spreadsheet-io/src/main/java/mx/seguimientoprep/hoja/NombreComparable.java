package mx.seguimientoprep.hoja;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * La forma con la que se comparan los nombres de hojas y de columnas: sin acentos ni puntuación, en
 * minúsculas y con los espacios colapsados, de modo que {@code No. de oficio} y {@code NO DE
 * OFICIO} coinciden.
 */
final class NombreComparable {

  private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
  private static final Pattern NO_ALFANUMERICOS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NombreComparable() {}

  static String de(String texto) {
    if (texto == null) {
      return "";
    }
    String sinAcentos =
        MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFKD)).replaceAll("");
    return NO_ALFANUMERICOS.matcher(sinAcentos.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * El candidato cuyo nombre comparable (la llave) está a pocas ediciones del texto: una para los
   * nombres cortos, dos o tres para los largos.
   */
  static <T> Optional<T> masParecido(String texto, Map<String, T> candidatos) {
    String buscado = de(texto);
    int tolerancia = buscado.length() <= 4 ? 1 : buscado.length() <= 10 ? 2 : 3;
    T mejor = null;
    int menor = Integer.MAX_VALUE;
    for (Map.Entry<String, T> candidato : candidatos.entrySet()) {
      int distancia = distancia(buscado, candidato.getKey());
      if (distancia < menor) {
        menor = distancia;
        mejor = candidato.getValue();
      }
    }
    return menor <= tolerancia ? Optional.ofNullable(mejor) : Optional.empty();
  }

  static int distancia(String uno, String otro) {
    int[] anterior = new int[otro.length() + 1];
    int[] actual = new int[otro.length() + 1];
    for (int j = 0; j <= otro.length(); j++) {
      anterior[j] = j;
    }
    for (int i = 1; i <= uno.length(); i++) {
      actual[0] = i;
      for (int j = 1; j <= otro.length(); j++) {
        int sustitucion = uno.charAt(i - 1) == otro.charAt(j - 1) ? 0 : 1;
        actual[j] =
            Math.min(Math.min(actual[j - 1] + 1, anterior[j] + 1), anterior[j - 1] + sustitucion);
      }
      int[] intercambio = anterior;
      anterior = actual;
      actual = intercambio;
    }
    return anterior[otro.length()];
  }
}
