package mx.seguimientoprep.informe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.ArchivoDelProyecto;

/**
 * Los hechos de la demostración ({@code demo/*.tsv}) de un informe: las filas que siguen a un
 * comentario que nombra el archivo del informe, cada una con su clave como la forma el lector.
 */
final class HechosDeLaDemo {

  static final List<String> HOJAS =
      List.of("Acuerdos", "Oficios", "Sesiones", "Entregables", "COTAPREP");

  private HechosDeLaDemo() {}

  /** Hoja → clave → fila (columna → valor), de los hechos del informe {@code archivo}. */
  static Map<String, Map<String, Map<String, String>>> de(String archivo) {
    Map<String, Map<String, Map<String, String>>> hechos = new LinkedHashMap<>();
    for (String hoja : HOJAS) {
      hechos.put(
          hoja,
          filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.DEMO + hoja + ".tsv"), archivo, hoja));
    }
    return hechos;
  }

  private static Map<String, Map<String, String>> filas(Path tsv, String archivo, String hoja) {
    List<String> renglones;
    try {
      renglones = Files.readAllLines(tsv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] encabezado = renglones.get(0).split("\t", -1);
    Map<String, Map<String, String>> filas = new LinkedHashMap<>();
    boolean delInforme = false;
    for (String renglon : renglones.subList(1, renglones.size())) {
      if (renglon.startsWith("#")) {
        delInforme = renglon.startsWith("# " + archivo);
        continue;
      }
      if (!delInforme || renglon.isBlank()) {
        continue;
      }
      String[] celdas = renglon.split("\t", -1);
      Map<String, String> fila = new LinkedHashMap<>();
      for (int i = 0; i < encabezado.length; i++) {
        fila.put(encabezado[i], i < celdas.length ? celdas[i].replace("\\n", "\n") : "");
      }
      filas.put(clave(hoja, fila), fila);
    }
    return filas;
  }

  /** La clave natural de una fila o de una propuesta, la misma para las dos. */
  static String clave(String hoja, Map<String, String> fila) {
    return switch (hoja) {
      case "Acuerdos" -> fila.get("Clave");
      case "Oficios" -> fila.get("Número");
      case "Sesiones" -> fila.get("Órgano") + "|" + fila.get("Tipo") + "|" + fila.get("Fecha");
      case "Entregables" -> fila.get("Entregable") + "|" + vacio(fila.get("Periodo"));
      case "COTAPREP" -> fila.get("Nombre");
      default -> throw new IllegalArgumentException(hoja);
    };
  }

  private static String vacio(String valor) {
    return valor == null ? "" : valor;
  }

  /** Las columnas que deciden si un hecho propuesto es el de la demostración. */
  static List<String> columnasDecisivas(String hoja) {
    return switch (hoja) {
      case "Acuerdos" -> List.of("Clave", "Fecha");
      case "Oficios" -> List.of("Número", "Fecha", "Sentido", "En respuesta a");
      case "Sesiones" -> List.of("Órgano", "Tipo", "Número", "Fecha");
      case "Entregables" -> List.of("Entregable", "Periodo", "Estado", "Fecha de envío");
      case "COTAPREP" -> List.of("Nombre", "Cargo");
      default -> new ArrayList<>();
    };
  }
}
