package mx.seguimientoprep.hoja.valor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import mx.seguimientoprep.hoja.Celda;

/**
 * Lee una lista de claves separadas por {@code ,} o {@code ;} (también por saltos de línea), sin
 * espacios en los extremos, sin vacíos ni repetidos, en el orden escrito.
 */
public final class ListaParser {

  private static final Pattern SEPARADORES = Pattern.compile("[,;\\r\\n]+");

  private ListaParser() {}

  public static List<String> leer(Celda celda) {
    return leer(celda.texto());
  }

  public static List<String> leer(String texto) {
    Set<String> claves = new LinkedHashSet<>();
    for (String clave : SEPARADORES.split(texto)) {
      if (!clave.isBlank()) {
        claves.add(clave.strip());
      }
    }
    return List.copyOf(claves);
  }
}
