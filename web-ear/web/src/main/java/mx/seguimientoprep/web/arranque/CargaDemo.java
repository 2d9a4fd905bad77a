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
 * Modo demostración: los hechos de los informes de ejemplo, en un libro con el formato del personal
 * ({@code demo/seguimiento-demo.xlsx} del repositorio, dentro del WAR), entran a una base vacía por
 * el mismo camino que un libro que sube el personal: lo lee el lector por streaming, lo aplica el
 * caso de uso de importación, queda en la bitácora y el historial lo registra con el canal {@code
 * DEMO}.
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
