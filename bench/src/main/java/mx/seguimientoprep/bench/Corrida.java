package mx.seguimientoprep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Lo que toda medición dice de su corrida y deja al terminar: la máquina en que corrió (en una
 * compartida, la carga media explica los tiempos) y su carpeta temporal, que se borra entera.
 */
public final class Corrida {

  private Corrida() {}

  /** «2026-12-01 09:33 · 2 núcleos · Java 17.0.15 · carga media 5.20». */
  public static String maquina() {
    return "%s · %d núcleos · Java %s · carga media %.2f"
        .formatted(
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Borra la carpeta y todo lo que tiene. */
  public static void borrar(Path carpeta) throws IOException {
    try (Stream<Path> rutas = Files.walk(carpeta)) {
      for (Path ruta : rutas.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(ruta);
      }
    }
  }
}
