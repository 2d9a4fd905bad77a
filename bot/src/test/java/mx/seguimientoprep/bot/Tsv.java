package mx.seguimientoprep.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Un archivo separado por tabuladores: la primera línea que no es comentario (`#`) es el
 * encabezado; `\n` dentro de una celda es un salto de línea.
 */
public final class Tsv {

  private Tsv() {}

  public static List<Map<String, String>> filas(Path archivo) {
    List<String> lineas;
    try {
      lineas = Files.readAllLines(archivo, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] encabezado = null;
    List<Map<String, String>> filas = new ArrayList<>();
    for (String linea : lineas) {
      if (linea.isBlank() || linea.startsWith("#")) {
        continue;
      }
      String[] celdas = linea.split("\t", -1);
      if (encabezado == null) {
        encabezado = celdas;
        continue;
      }
      Map<String, String> fila = new LinkedHashMap<>();
      for (int i = 0; i < encabezado.length; i++) {
        fila.put(encabezado[i], i < celdas.length ? celdas[i].replace("\\n", "\n").strip() : "");
      }
      filas.add(fila);
    }
    return filas;
  }
}
