package mx.seguimientoprep.bot.respuesta;

import java.util.ArrayList;
import java.util.List;

/** El corte de un texto largo en partes que caben en un mensaje. */
final class Particion {

  private Particion() {}

  static List<String> partir(String texto, int limite) {
    List<String> partes = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    for (String linea : texto.split("\n", -1)) {
      if (linea.length() > limite) {
        agregar(partes, actual);
        partes.addAll(cortarLinea(linea, limite));
        continue;
      }
      if (!actual.isEmpty() && actual.length() + 1 + linea.length() > limite) {
        agregar(partes, actual);
      }
      if (!actual.isEmpty()) {
        actual.append('\n');
      }
      actual.append(linea);
    }
    agregar(partes, actual);
    return partes;
  }

  private static void agregar(List<String> partes, StringBuilder actual) {
    String parte = actual.toString().stripTrailing();
    if (!parte.isBlank()) {
      partes.add(parte);
    }
    actual.setLength(0);
  }

  /** Una línea más larga que el límite: se corta en el último espacio que cabe, o donde quepa. */
  private static List<String> cortarLinea(String linea, int limite) {
    List<String> trozos = new ArrayList<>();
    String resto = linea;
    while (resto.length() > limite) {
      int corte = resto.lastIndexOf(' ', limite);
      if (corte <= 0) {
        corte = Character.isLowSurrogate(resto.charAt(limite)) ? limite - 1 : limite;
      }
      trozos.add(resto.substring(0, corte).stripTrailing());
      resto = resto.substring(corte).stripLeading();
    }
    if (!resto.isBlank()) {
      trozos.add(resto);
    }
    return trozos;
  }
}
