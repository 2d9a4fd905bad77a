package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * El caso de uso de lectura: elige el proceso de cada pregunta ({@link EstadoPrep#procesoActual}) y
 * calcula su estado ({@link EstadoPrep#calcular}) sobre lo que lee de {@link RegistrosDelEstado}.
 * Es el único que calcula estados: el bot, la API, las páginas y la exportación lo llaman a él.
 * Cada pregunta toma una sola {@linkplain RegistrosDelEstado#vista() vista} de los registros.
 */
public final class LecturaDelEstado implements ConsultarEstado {

  private final RegistrosDelEstado registros;

  public LecturaDelEstado(RegistrosDelEstado registros) {
    this.registros = Objects.requireNonNull(registros, "registros");
  }

  @Override
  public Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia) {
    RegistrosDelEstado.Vista vista = registros.vista();
    return EstadoPrep.procesoActual(deLaEntidad(vista, entidad), referencia)
        .map(p -> estados(vista, List.of(p), referencia).get(0));
  }

  @Override
  public List<EstadoPrep> estadosActuales(LocalDate referencia) {
    RegistrosDelEstado.Vista vista = registros.vista();
    List<ProcesoElectoral> actuales = new ArrayList<>();
    porEntidad(vista.procesos())
        .values()
        .forEach(l -> EstadoPrep.procesoActual(l, referencia).ifPresent(actuales::add));
    return estados(vista, actuales, referencia);
  }

  @Override
  public Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia) {
    RegistrosDelEstado.Vista vista = registros.vista();
    return EstadoPrep.procesoActual(deLaEntidad(vista, entidad), referencia)
        .map(p -> vista.expedientes(List.of(p)).get(0));
  }

  @Override
  public Optional<ExpedienteConEstado> expedienteConEstado(
      ClaveEntidad entidad, Optional<String> proceso, LocalDate referencia) {
    RegistrosDelEstado.Vista vista = registros.vista();
    List<ProcesoElectoral> procesos = deLaEntidad(vista, entidad);
    Optional<ProcesoElectoral> actual = EstadoPrep.procesoActual(procesos, referencia);
    Optional<ProcesoElectoral> elegido =
        proceso.map(String::strip).filter(p -> !p.isEmpty()).isEmpty()
            ? actual
            : procesos.stream().filter(p -> p.coincideCon(proceso.get().strip())).findFirst();
    return elegido.map(
        p -> {
          Expediente registros = vista.expedientes(List.of(p)).get(0);
          EstadoPrep estado =
              estado(DatosDelEstado.de(registros, referencia), vista.catalogo(), referencia);
          return new ExpedienteConEstado(
              registros, estado, procesos, actual.filter(p::esElMismoQue).isPresent());
        });
  }

  @Override
  public Optional<ProcesoElectoral> procesoActual(ClaveEntidad entidad, LocalDate referencia) {
    return EstadoPrep.procesoActual(deLaEntidad(registros.vista(), entidad), referencia);
  }

  @Override
  public List<ProcesoElectoral> procesos(ClaveEntidad entidad) {
    return deLaEntidad(registros.vista(), entidad);
  }

  @Override
  public List<ExpedienteConEstado> seleccion(
      Optional<ClaveEntidad> entidad,
      Optional<String> proceso,
      Optional<YearMonth> mes,
      LocalDate referencia) {
    RegistrosDelEstado.Vista vista = registros.vista();
    List<ProcesoElectoral> procesos =
        entidad.map(c -> deLaEntidad(vista, c)).orElseGet(vista::procesos).stream()
            .filter(p -> proceso.map(p::coincideCon).orElse(true))
            .toList();
    if (procesos.isEmpty()) {
      return List.of();
    }
    List<Expediente> expedientes =
        vista.expedientes(procesos).stream()
            .map(e -> mes.map(e::delMes).orElse(e))
            .filter(e -> mes.isEmpty() || e.tieneActividad())
            .toList();
    List<DefinicionEntregable> catalogo = vista.catalogo();
    Map<String, List<ProcesoElectoral>> elegidos =
        porEntidad(expedientes.stream().map(Expediente::proceso).toList());
    Map<String, List<ProcesoElectoral>> todos = porEntidad(vista.procesos());
    List<ExpedienteConEstado> seleccion = new ArrayList<>();
    for (Expediente e : expedientes) {
      String clave = e.proceso().getEntidad().getClave().valor();
      Optional<ProcesoElectoral> actual = EstadoPrep.procesoActual(elegidos.get(clave), referencia);
      seleccion.add(
          new ExpedienteConEstado(
              e,
              estado(DatosDelEstado.de(e, referencia), catalogo, referencia),
              todos.get(clave),
              actual.filter(e.proceso()::esElMismoQue).isPresent()));
    }
    return seleccion;
  }

  private List<EstadoPrep> estados(
      RegistrosDelEstado.Vista vista, List<ProcesoElectoral> procesos, LocalDate referencia) {
    if (procesos.isEmpty()) {
      return List.of();
    }
    List<DefinicionEntregable> catalogo = vista.catalogo();
    return vista.datosDelEstado(procesos, referencia).stream()
        .map(d -> estado(d, catalogo, referencia))
        .toList();
  }

  /** El único cálculo de un estado fuera de las pruebas del dominio. */
  private static EstadoPrep estado(
      DatosDelEstado datos, List<DefinicionEntregable> catalogo, LocalDate referencia) {
    return EstadoPrep.calcular(datos, catalogo, referencia);
  }

  /** Los procesos de una entidad, en el orden de la vista (por jornada). */
  private static List<ProcesoElectoral> deLaEntidad(
      RegistrosDelEstado.Vista vista, ClaveEntidad entidad) {
    return vista.procesos().stream()
        .filter(p -> p.getEntidad().getClave().equals(entidad))
        .toList();
  }

  /** Los procesos agrupados por clave de entidad, en el orden en que vienen. */
  private static Map<String, List<ProcesoElectoral>> porEntidad(List<ProcesoElectoral> procesos) {
    Map<String, List<ProcesoElectoral>> porEntidad = new LinkedHashMap<>();
    for (ProcesoElectoral p : procesos) {
      porEntidad.computeIfAbsent(p.getEntidad().getClave().valor(), k -> new ArrayList<>()).add(p);
    }
    return porEntidad;
  }
}
