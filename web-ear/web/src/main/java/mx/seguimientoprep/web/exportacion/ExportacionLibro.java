package mx.seguimientoprep.web.exportacion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.hoja.exportacion.Alcance;
import mx.seguimientoprep.hoja.exportacion.ContenidoExportacion;
import mx.seguimientoprep.hoja.exportacion.WorkbookWriter;

/**
 * Lo que trae una descarga, según los filtros de workbook.md: una entidad, un proceso (por nombre o
 * por años), un mes — los registros fechados en ese mes, más el estado de cada entregable de los
 * procesos que abarca. Las hojas de datos llevan los registros tal como están guardados, para que
 * importar de nuevo la descarga no cambie nada.
 */
@ApplicationScoped
public class ExportacionLibro {

  @Inject ConsultarEstado consultarEstado;
  @Inject DefinicionEntregableRepository catalogo;

  /** Los filtros, ya entendidos: la entidad reconocida, el mes interpretado. */
  public record Filtros(
      Optional<Entidad> entidad, Optional<String> proceso, Optional<YearMonth> mes) {

    Alcance alcance() {
      return new Alcance(
          entidad.map(Entidad::getNombre).orElse(null), proceso.orElse(null), mes.orElse(null));
    }
  }

  public void escribir(Filtros filtros, LocalDate referencia, OutputStream salida)
      throws IOException {
    List<ExpedienteConEstado> seleccion =
        consultarEstado.seleccion(
            filtros.entidad().map(Entidad::getClave), filtros.proceso(), filtros.mes(), referencia);
    List<Expediente> expedientes = seleccion.stream().map(ExpedienteConEstado::registros).toList();
    new WorkbookWriter()
        .escribir(
            new ContenidoExportacion(
                referencia,
                filtros.alcance(),
                seleccion.stream().map(ExpedienteConEstado::estado).toList(),
                seleccion.stream()
                    .filter(ExpedienteConEstado::actual)
                    .map(ExpedienteConEstado::estado)
                    .toList(),
                expedientes.stream().map(Expediente::proceso).toList(),
                todos(expedientes, Expediente::acuerdos),
                todos(expedientes, Expediente::oficios),
                todos(expedientes, Expediente::sesiones),
                todos(expedientes, Expediente::entregables),
                todos(expedientes, Expediente::integrantes),
                catalogo.todas()),
            salida);
  }

  private static <T> List<T> todos(List<Expediente> expedientes, Function<Expediente, List<T>> de) {
    List<T> todos = new ArrayList<>();
    expedientes.stream().map(de).flatMap(List::stream).forEach(todos::add);
    return todos;
  }
}
