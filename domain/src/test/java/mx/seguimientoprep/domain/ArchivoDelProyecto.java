package mx.seguimientoprep.domain;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Los archivos reales del proyecto que las pruebas leen, relativos al directorio del módulo. */
public final class ArchivoDelProyecto {

  public static final String OPL = "../docs/opl.tsv";
  public static final String CATALOGO = "../docs/catalogo-entregables.tsv";
  public static final String MIGRACIONES = "../persistence/src/main/resources/db/migration/";
  public static final String DEMO = "../demo/";

  private ArchivoDelProyecto() {}

  /**
   * El archivo, relativo al directorio del módulo; para un módulo anidado ({@code web-ear/web}),
   * relativo al directorio de arriba.
   */
  public static Path ruta(String relativoAlModulo) {
    Path modulo = Path.of("").toAbsolutePath();
    Path ruta = modulo.resolve(relativoAlModulo).normalize();
    if (!Files.isRegularFile(ruta) && modulo.getParent() != null) {
      Path desdeArriba = modulo.getParent().resolve(relativoAlModulo).normalize();
      if (Files.isRegularFile(desdeArriba)) {
        return desdeArriba;
      }
    }
    if (!Files.isRegularFile(ruta)) {
      fail(
          "No encuentro " + ruta + " (buscado como " + relativoAlModulo + " desde " + modulo + ")");
    }
    return ruta;
  }
}
