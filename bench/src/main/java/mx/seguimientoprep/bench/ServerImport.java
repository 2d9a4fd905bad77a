package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import mx.seguimientoprep.bench.servidor.ServidorDeMedicion;
import mx.seguimientoprep.bench.servidor.Subida;

/**
 * La importación completa a través de la aplicación real: arranca una copia del servidor que
 * aprovisionó el build ({@link ServidorDeMedicion}, con una base H2 nueva en la carpeta temporal y
 * los puertos desplazados en 100, 8180 y 10090, o en 200… si están ocupados), sube el libro dos
 * veces por {@code POST /prep/api/importaciones} y la detiene.
 */
final class ServerImport {

  /** El desplazamiento de los puertos, y los que se prueban si otro servidor ya lo usa. */
  private static final List<Integer> DESPLAZAMIENTOS = List.of(100, 200, 300, 400, 500);

  private final Path servidor;
  private final Path temporal;
  private final PrintStream salida;
  private final boolean perfil;

  /**
   * @param perfil si se graba el servidor con JFR para decir en qué se fue el tiempo de cada subida
   */
  ServerImport(Path servidor, Path temporal, PrintStream salida, boolean perfil) {
    this.servidor = servidor;
    this.temporal = temporal;
    this.salida = salida;
    this.perfil = perfil;
  }

  /** Las dos importaciones, con sus tiempos; {@code null} si el servidor no pudo arrancar. */
  List<Subida> medir(Path libro) throws IOException, InterruptedException {
    try (ServidorDeMedicion copia =
        new ServidorDeMedicion(servidor, temporal, salida, DESPLAZAMIENTOS)) {
      if (perfil) {
        copia.conOpcionesJvm(ServerProfile.opcionesJvm(grabacion()));
      }
      long arranque = System.nanoTime();
      if (!copia.arrancar()) {
        return null;
      }
      salida.printf(
          "servidor listo en %.1f s (registro: %s)%n",
          (System.nanoTime() - arranque) / 1e9, copia.registro());
      Subida primera = copia.importar(libro);
      salida.println("  primera importación: " + primera);
      Subida segunda = copia.importar(libro);
      salida.println("  segunda importación, mismo archivo: " + segunda);
      copia.detener();
      if (perfil) {
        salida.println("  primera importación:");
        ServerProfile.imprimir(grabacion(), primera.inicio(), primera.fin(), salida);
        salida.println("  segunda importación:");
        ServerProfile.imprimir(grabacion(), segunda.inicio(), segunda.fin(), salida);
      }
      return List.of(primera, segunda);
    }
  }

  private Path grabacion() {
    return temporal.resolve("servidor.jfr");
  }
}
