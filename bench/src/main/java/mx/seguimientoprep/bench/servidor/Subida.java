package mx.seguimientoprep.bench.servidor;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/** Lo que respondió una subida: el estado HTTP, los tiempos de pared y de CPU, y el informe. */
public record Subida(
    int http, long ms, long cpuMs, JsonObject informe, String cuerpo, Instant inicio, Instant fin) {

  public static Subida de(
      int http, long ms, long cpuMs, String cuerpo, Instant inicio, Instant fin) {
    JsonObject informe = null;
    try (JsonReader lector = Json.createReader(new StringReader(cuerpo))) {
      JsonValue valor = lector.readValue();
      if (valor instanceof JsonObject objeto) {
        informe = objeto;
      }
    } catch (RuntimeException noEsJson) {
      informe = null;
    }
    return new Subida(http, ms, cpuMs, informe, cuerpo, inicio, fin);
  }

  /** Si el servidor respondió con un informe: aplicada, simulada o rechazada. */
  public boolean conInforme() {
    return informe != null && informe.containsKey("estado");
  }

  public int suma(String conteo) {
    if (informe == null || !informe.containsKey("hojas")) {
      return 0;
    }
    return informe.getJsonObject("hojas").values().stream()
        .mapToInt(hoja -> hoja.asJsonObject().getInt(conteo, 0))
        .sum();
  }

  /** Un conteo de una hoja del informe ({@code "Oficios"}, {@code "nuevos"}); 0 si no está. */
  public int conteo(String hoja, String conteo) {
    if (informe == null
        || !informe.containsKey("hojas")
        || !informe.getJsonObject("hojas").containsKey(hoja)) {
      return 0;
    }
    return informe.getJsonObject("hojas").getJsonObject(hoja).getInt(conteo, 0);
  }

  public int cuantos(String lista) {
    return informe == null || !informe.containsKey(lista) ? 0 : informe.getJsonArray(lista).size();
  }

  @Override
  public String toString() {
    StringBuilder texto = new StringBuilder();
    texto.append(
        "HTTP %d en %.1f s (CPU del servidor: %.1f s)"
            .formatted(http, ms / 1000.0, cpuMs / 1000.0));
    if (informe == null || !informe.containsKey("estado")) {
      return texto
          .append(", respuesta: ")
          .append(cuerpo.substring(0, Math.min(cuerpo.length(), 500)))
          .toString();
    }
    texto.append(", estado «").append(informe.getString("estado", "?")).append("»");
    if (informe.containsKey("hojas")) {
      informe
          .getJsonObject("hojas")
          .forEach(
              (hoja, conteo) -> {
                JsonObject c = conteo.asJsonObject();
                texto.append(
                    "%n    %-12s %,7d nuevos %,7d actualizados %,7d sin cambios"
                        .formatted(
                            hoja,
                            c.getInt("nuevos", 0),
                            c.getInt("actualizados", 0),
                            c.getInt("sinCambios", 0)));
              });
    }
    texto.append(
        "%n    %d errores, %d advertencias".formatted(cuantos("errores"), cuantos("advertencias")));
    if (cuantos("errores") > 0) {
      informe.getJsonArray("errores").stream()
          .limit(5)
          .forEach(error -> texto.append("\n      ").append(error));
    }
    if (cuantos("advertencias") > 0) {
      informe.getJsonArray("advertencias").stream()
          .limit(3)
          .forEach(aviso -> texto.append("\n      ").append(aviso));
    }
    return texto.toString();
  }
}
