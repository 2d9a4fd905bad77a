package mx.seguimientoprep.hoja;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * La forma con la que se comparan los nombres de hojas y de columnas: la de {@link TextoComparable}
 * (sin acentos ni puntuación, en minúsculas, espacios colapsados), tras convertir los signos de
 * compatibilidad como {@code º} en letras, de modo que {@code Nº de oficio}, {@code No. de oficio}
 * y {@code NO DE OFICIO} coinciden.
 */
final class NombreComparable {

  private NombreComparable() {}

  static String de(String texto) {
    return texto == null
        ? ""
        : TextoComparable.de(Normalizer.normalize(texto, Normalizer.Form.NFKC));
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
