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
 * What a download contains, by the filters of workbook.md: an entidad, a process (by name or
 * years), a month — the records dated in that month, plus the state of every deliverable of the
 * processes involved. The data sheets carry the records as they are stored, so that importing the
 * download again changes nothing.
 */
@ApplicationScoped
public class ExportacionLibro {

  @Inject ConsultarEstado consultarEstado;
  @Inject DefinicionEntregableRepository catalogo;

  /** The filters, already understood: the entidad resolved, the month parsed. */
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
