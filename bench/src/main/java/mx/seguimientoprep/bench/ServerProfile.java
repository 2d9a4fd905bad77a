package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * En qué se fue el tiempo del servidor durante una importación: las muestras de CPU de la grabación
 * de JFR ({@code --perfil}) en el intervalo de la subida, cada una atribuida a la primera categoría
 * que aparece en su pila, y las pausas del recolector en ese intervalo.
 */
final class ServerProfile {

  /** Las opciones de la JVM del servidor para grabar; la grabación se escribe al apagarlo. */
  static String opcionesJvm(Path grabacion) {
    return "-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=settings=profile,"
        + "dumponexit=true,filename="
        + grabacion;
  }

  private static final Map<String, Predicate<String>> CATEGORIAS = new LinkedHashMap<>();

  static {
    CATEGORIAS.put("H2: el motor de la base (SQL, índices, MVStore)", m -> m.startsWith("org.h2."));
    CATEGORIAS.put(
        "Hibernate: flush y comparación de entidades",
        m ->
            m.startsWith("org.hibernate.event.internal.AbstractFlushingEventListener")
                || m.startsWith("org.hibernate.event.internal.DefaultFlushEntityEventListener")
                || m.startsWith("org.hibernate.event.internal.DefaultAutoFlushEventListener"));
    CATEGORIAS.put(
        "Hibernate: lo demás (consultas, persist, carga)", m -> m.startsWith("org.hibernate."));
    CATEGORIAS.put(
        "libro: POI, lector y traducción a comandos",
        m -> m.startsWith("mx.seguimientoprep.hoja.") || m.startsWith("org.apache.poi."));
    CATEGORIAS.put(
        "caso de uso: importación, índices, historial",
        m -> m.startsWith("mx.seguimientoprep.persistence."));
    CATEGORIAS.put("dominio (entidades, valores)", m -> m.startsWith("mx.seguimientoprep.domain."));
    CATEGORIAS.put(
        "subida, SHA-256 y bitácora (ImportacionLibro)",
        m -> m.startsWith("mx.seguimientoprep.web.importacion."));
  }

  private ServerProfile() {}

  static void imprimir(Path grabacion, Instant desde, Instant hasta, PrintStream salida)
      throws IOException {
    Map<String, Integer> muestras = new LinkedHashMap<>();
    CATEGORIAS.keySet().forEach(c -> muestras.put(c, 0));
    muestras.put("otros (servidor, JSON, JDK)", 0);
    int total = 0;
    Duration pausas = Duration.ZERO;
    int recolecciones = 0;
    try (RecordingFile archivo = new RecordingFile(grabacion)) {
      while (archivo.hasMoreEvents()) {
        RecordedEvent evento = archivo.readEvent();
        if (evento.getStartTime().isBefore(desde) || evento.getStartTime().isAfter(hasta)) {
          continue;
        }
        String tipo = evento.getEventType().getName();
        if ("jdk.GarbageCollection".equals(tipo)) {
          pausas = pausas.plus(evento.getDuration("sumOfPauses"));
          recolecciones++;
        } else if ("jdk.ExecutionSample".equals(tipo) && evento.getStackTrace() != null) {
          total++;
          muestras.merge(categoria(evento.getStackTrace().getFrames()), 1, Integer::sum);
        }
      }
    }
    salida.printf(
        "    perfil del servidor (JFR, %,d muestras de CPU entre %s y %s):%n", total, desde, hasta);
    for (var entrada : muestras.entrySet()) {
      salida.printf(
          "      %5.1f %%  %s%n",
          total == 0 ? 0.0 : 100.0 * entrada.getValue() / total, entrada.getKey());
    }
    salida.printf(
        "      pausas del recolector: %,d ms en %d recolecciones%n",
        pausas.toMillis(), recolecciones);
  }

  private static String categoria(List<RecordedFrame> marcos) {
    for (var categoria : CATEGORIAS.entrySet()) {
      for (RecordedFrame marco : marcos) {
        if (marco.isJavaFrame()
            && categoria.getValue().test(marco.getMethod().getType().getName())) {
          return categoria.getKey();
        }
      }
    }
    return "otros (servidor, JSON, JDK)";
  }
}
