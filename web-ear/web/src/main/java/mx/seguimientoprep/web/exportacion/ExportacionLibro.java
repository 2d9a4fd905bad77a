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
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
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
    List<Expediente> expedientes =
        consultarEstado.expedientes(filtros.entidad().map(Entidad::getClave)).stream()
            .filter(e -> filtros.proceso().map(p -> coincide(e.proceso(), p)).orElse(true))
            .map(e -> filtros.mes().map(m -> delMes(e, m)).orElse(e))
            .filter(e -> filtros.mes().isEmpty() || tieneRegistros(e))
            .toList();
    List<DefinicionEntregable> definiciones = catalogo.todas();
    List<EstadoPrep> estados =
        expedientes.stream().map(e -> EstadoPrep.calcular(e, definiciones, referencia)).toList();
    new WorkbookWriter()
        .escribir(
            new ContenidoExportacion(
                referencia,
                filtros.alcance(),
                estados,
                expedientes.stream().map(Expediente::proceso).toList(),
                todos(expedientes, Expediente::acuerdos),
                todos(expedientes, Expediente::oficios),
                todos(expedientes, Expediente::sesiones),
                todos(expedientes, Expediente::entregables),
                todos(expedientes, Expediente::integrantes),
                definiciones),
            salida);
  }

  private static boolean coincide(ProcesoElectoral proceso, String referencia) {
    return proceso.coincideCon(referencia);
  }

  /** The process's records dated in the month; its deliverables and members all, as they stand. */
  private static Expediente delMes(Expediente e, YearMonth mes) {
    return new Expediente(
        e.proceso(),
        e.entregables(),
        e.acuerdos().stream().filter(a -> enMes(a.getFecha(), mes)).toList(),
        e.oficios().stream().filter(o -> enMes(o.getFecha(), mes)).toList(),
        e.sesiones().stream().filter(s -> enMes(s.getFecha(), mes)).toList(),
        e.integrantes());
  }

  private static boolean tieneRegistros(Expediente e) {
    return !e.acuerdos().isEmpty() || !e.oficios().isEmpty() || !e.sesiones().isEmpty();
  }

  private static boolean enMes(LocalDate fecha, YearMonth mes) {
    return fecha != null && YearMonth.from(fecha).equals(mes);
  }

  private static <T> List<T> todos(List<Expediente> expedientes, Function<Expediente, List<T>> de) {
    List<T> todos = new ArrayList<>();
    expedientes.stream().map(de).flatMap(List::stream).forEach(todos::add);
    return todos;
  }
}
