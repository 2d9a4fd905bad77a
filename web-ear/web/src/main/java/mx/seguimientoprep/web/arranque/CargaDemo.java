package mx.seguimientoprep.web.arranque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import mx.seguimientoprep.domain.entidad.EntidadRepository;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.registro.AplicarRegistros;
import mx.seguimientoprep.domain.registro.ResultadoAplicacion;
import mx.seguimientoprep.hoja.comando.LecturaLibro;
import mx.seguimientoprep.hoja.comando.WorkbookTranslator;

/**
 * Demo mode: the facts of the seed reports (the sheets in {@code demo/} of the repository, inside
 * the WAR) go into an empty database through the same reading and the same import use case as a
 * workbook uploaded by staff, with channel {@code DEMO} in the history.
 */
@ApplicationScoped
public class CargaDemo {

  private static final Logger LOG = Logger.getLogger(CargaDemo.class.getName());

  @Inject ProcesoRepository procesos;
  @Inject EntidadRepository entidades;
  @Inject AplicarRegistros aplicarRegistros;

  void cargarSiVacia() {
    if (!procesos.todos().isEmpty()) {
      LOG.info("Modo demostración: la base ya tiene datos; no se cargan los de demostración.");
      return;
    }
    LecturaLibro lectura =
        new WorkbookTranslator(new ResolutorEntidad(entidades.todas()))
            .leerRecursos(CargaDemo.class.getClassLoader(), "demo");
    if (lectura.conErrores()) {
      lectura.errores().forEach(e -> LOG.severe("Datos de demostración: " + e));
      return;
    }
    ResultadoAplicacion resultado =
        aplicarRegistros.aplicar(lectura.comandos(), new Autoria("demo", Canal.DEMO), false);
    if (resultado.conErrores()) {
      resultado.errores().forEach(e -> LOG.severe("Datos de demostración: " + e));
      return;
    }
    LOG.info(
        () ->
            "Modo demostración: se cargaron "
                + lectura.comandos().size()
                + " registros de los informes de ejemplo "
                + resultado.conteos()
                + ".");
  }
}
