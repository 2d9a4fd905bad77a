package mx.seguimientoprep.web.pagina;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Un archivo HTML de {@code WEB-INF/paginas/} con marcas {@code {{nombre}}}, que se llenan con
 * valores escapados aquí: un valor nunca se lee como HTML.
 */
final class Plantilla {

  private static final Map<String, String> LEIDAS = new ConcurrentHashMap<>();

  private Plantilla() {}

  static String llenar(ServletContext contexto, String archivo, Map<String, String> valores) {
    String texto = LEIDAS.computeIfAbsent(archivo, a -> leer(contexto, a));
    for (Map.Entry<String, String> valor : valores.entrySet()) {
      texto = texto.replace("{{" + valor.getKey() + "}}", escapar(valor.getValue()));
    }
    return texto;
  }

  /** Pone HTML ya armado (otra plantilla) donde está {@code {{nombre}}}. */
  static String insertar(String texto, String nombre, String html) {
    return texto.replace("{{" + nombre + "}}", html);
  }

  static String escapar(String texto) {
    if (texto == null) {
      return "";
    }
    StringBuilder salida = new StringBuilder(texto.length());
    for (char c : texto.toCharArray()) {
      switch (c) {
        case '&' -> salida.append("&amp;");
        case '<' -> salida.append("&lt;");
        case '>' -> salida.append("&gt;");
        case '"' -> salida.append("&quot;");
        case '\'' -> salida.append("&#39;");
        default -> salida.append(c);
      }
    }
    return salida.toString();
  }

  private static String leer(ServletContext contexto, String archivo) {
    try (InputStream entrada = contexto.getResourceAsStream("/WEB-INF/paginas/" + archivo)) {
      if (entrada == null) {
        throw new IllegalStateException("Falta la plantilla " + archivo);
      }
      return new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
