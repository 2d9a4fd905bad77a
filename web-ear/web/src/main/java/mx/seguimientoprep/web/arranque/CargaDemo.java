package mx.seguimientoprep.web.arranque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.web.importacion.ImportacionLibro;
import mx.seguimientoprep.web.importacion.InformeImportacion;

/**
 * Demo mode: the facts of the seed reports, shipped as a workbook in the staff's format ({@code
 * demo/seguimiento-demo.xlsx} of the repository, inside the WAR), go into an empty database through
 * the same upload path as a workbook that staff send: read by the streaming reader, applied by the
 * import use case, logged, with channel {@code DEMO} in the history.
 */
@ApplicationScoped
public class CargaDemo {

  static final String LIBRO = "demo/seguimiento-demo.xlsx";
  private static final Logger LOG = Logger.getLogger(CargaDemo.class.getName());

  @Inject ProcesoRepository procesos;
  @Inject ImportacionLibro importacion;

  void cargarSiVacia() {
    if (!procesos.todos().isEmpty()) {
      LOG.info("Modo demostración: la base ya tiene datos; no se cargan los de demostración.");
      return;
    }
    InformeImportacion informe;
    try (InputStream libro = CargaDemo.class.getClassLoader().getResourceAsStream(LIBRO)) {
      if (libro == null) {
        LOG.severe("Modo demostración: falta " + LIBRO + " en la aplicación.");
        return;
      }
      informe =
          importacion.importar(
              "seguimiento-demo.xlsx", libro, new Autoria("demo", Canal.DEMO), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (informe.rechazada()) {
      informe.errores().forEach(e -> LOG.severe("Datos de demostración: " + e));
      return;
    }
    LOG.info(
        () ->
            "Modo demostración: se cargó el libro de los informes de ejemplo "
                + informe.hojas()
                + ".");
  }
}
