package mx.seguimientoprep.domain.entidad;

import java.util.Arrays;

/**
 * Distancia de Damerau–Levenshtein (alineación óptima de cadenas): cuántas inserciones, borrados,
 * sustituciones o transposiciones de letras vecinas separan dos textos. `durnago` está a 1 de
 * `durango`.
 */
final class DistanciaDeEdicion {

  private DistanciaDeEdicion() {}

  static int entre(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int costo = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + costo);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * La distancia si es a lo más {@code maximo}; si no, {@code maximo + 1}. Solo calcula la franja
   * de la matriz a {@code maximo} de la diagonal, con tres renglones, y se detiene en cuanto un
   * renglón entero la rebasa: con una tolerancia de 2, comparar dos formas de 70 letras cuesta unas
   * 350 celdas en lugar de 4 900.
   */
  static int hasta(String a, String b, int maximo) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > maximo) {
      return maximo + 1;
    }
    int fuera = maximo + 1;
    int[] antepasado = new int[m + 1];
    int[] anterior = new int[m + 1];
    int[] actual = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      anterior[j] = j <= maximo ? j : fuera;
      antepasado[j] = fuera;
    }
    for (int i = 1; i <= n; i++) {
      Arrays.fill(actual, fuera);
      actual[0] = i <= maximo ? i : fuera;
      int minimoDelRenglon = actual[0];
      int desde = Math.max(1, i - maximo);
      int hastaJ = Math.min(m, i + maximo);
      for (int j = desde; j <= hastaJ; j++) {
        int costo = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int valor = Math.min(Math.min(anterior[j] + 1, actual[j - 1] + 1), anterior[j - 1] + costo);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          valor = Math.min(valor, antepasado[j - 2] + 1);
        }
        actual[j] = Math.min(valor, fuera);
        minimoDelRenglon = Math.min(minimoDelRenglon, actual[j]);
      }
      if (minimoDelRenglon > maximo) {
        return fuera;
      }
      int[] libre = antepasado;
      antepasado = anterior;
      anterior = actual;
      actual = libre;
    }
    return Math.min(anterior[m], fuera);
  }
}
