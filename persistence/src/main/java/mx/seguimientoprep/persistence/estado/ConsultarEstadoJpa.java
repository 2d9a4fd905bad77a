package mx.seguimientoprep.persistence.estado;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ResumenEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.persistence.registro.VersionDeDatos;
import mx.seguimientoprep.persistence.repositorio.AcuerdosJpa;
import mx.seguimientoprep.persistence.repositorio.DefinicionesEntregableJpa;
import mx.seguimientoprep.persistence.repositorio.EntregablesJpa;
import mx.seguimientoprep.persistence.repositorio.IntegrantesCotaprepJpa;
import mx.seguimientoprep.persistence.repositorio.OficiosJpa;
import mx.seguimientoprep.persistence.repositorio.ProcesosJpa;
import mx.seguimientoprep.persistence.repositorio.SesionesJpa;

/**
 * The status of the current processes. A question costs one statement while the data does not
 * change (the data's version, then the snapshot in {@link LecturasEnCache}); after a change, a
 * fixed number whatever the number of records: the processes, each kind of record of all the
 * processes asked at once, and the catalogue. The status itself is the domain's pure {@link
 * EstadoPrep#calcular}.
 */
@ApplicationScoped
@Transactional
public class ConsultarEstadoJpa implements ConsultarEstado {

  @Inject ProcesosJpa procesos;
  @Inject EntregablesJpa entregables;
  @Inject AcuerdosJpa acuerdos;
  @Inject OficiosJpa oficios;
  @Inject SesionesJpa sesiones;
  @Inject IntegrantesCotaprepJpa integrantes;
  @Inject DefinicionesEntregableJpa definiciones;
  @Inject VersionDeDatos version;
  @Inject LecturasEnCache cache;

  @Override
  public Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia) {
    LecturasEnCache.Instantanea lecturas = cache.para(version.actual());
    return expediente(lecturas, entidad, referencia)
        .map(e -> EstadoPrep.calcular(e, catalogo(lecturas), referencia));
  }

  @Override
  public List<ResumenEntidad> entidadesConProceso(LocalDate referencia) {
    return estadosActuales(referencia).stream().map(ResumenEntidad::de).toList();
  }

  @Override
  public List<EstadoPrep> estadosActuales(LocalDate referencia) {
    LecturasEnCache.Instantanea lecturas = cache.para(version.actual());
    List<ProcesoElectoral> todos = lecturas.todosLosProcesos;
    if (todos == null) {
      todos = procesos.todos();
      lecturas.todosLosProcesos = todos;
    }
    Map<String, List<ProcesoElectoral>> porEntidad =
        todos.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.getEntidad().getClave().valor(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<ProcesoElectoral> actuales = new ArrayList<>();
    porEntidad
        .values()
        .forEach(l -> EstadoPrep.procesoActual(l, referencia).ifPresent(actuales::add));
    List<DefinicionEntregable> catalogo = catalogo(lecturas);
    return expedientes(lecturas, actuales).stream()
        .map(e -> EstadoPrep.calcular(e, catalogo, referencia))
        .toList();
  }

  @Override
  public Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia) {
    return expediente(cache.para(version.actual()), entidad, referencia);
  }

  private Optional<Expediente> expediente(
      LecturasEnCache.Instantanea lecturas, ClaveEntidad entidad, LocalDate referencia) {
    List<ProcesoElectoral> deLaEntidad = lecturas.procesosPorEntidad.get(entidad.valor());
    if (deLaEntidad == null) {
      deLaEntidad = procesos.findByEntidad(entidad);
      lecturas.procesosPorEntidad.put(entidad.valor(), deLaEntidad);
    }
    return EstadoPrep.procesoActual(deLaEntidad, referencia)
        .map(p -> expedientes(lecturas, List.of(p)).get(0));
  }

  private List<DefinicionEntregable> catalogo(LecturasEnCache.Instantanea lecturas) {
    List<DefinicionEntregable> catalogo = lecturas.catalogo;
    if (catalogo == null) {
      catalogo = definiciones.todas();
      lecturas.catalogo = catalogo;
    }
    return catalogo;
  }

  /** The processes' records from the snapshot, reading the missing ones in one go. */
  private List<Expediente> expedientes(
      LecturasEnCache.Instantanea lecturas, List<ProcesoElectoral> deProcesos) {
    List<ProcesoElectoral> faltantes =
        deProcesos.stream().filter(p -> !lecturas.expedientes.containsKey(p.getId())).toList();
    if (!faltantes.isEmpty()) {
      expedientes(faltantes).forEach(e -> lecturas.expedientes.put(e.proceso().getId(), e));
    }
    return deProcesos.stream().map(p -> lecturas.expedientes.get(p.getId())).toList();
  }

  @Override
  public List<Expediente> expedientes(Optional<ClaveEntidad> entidad) {
    List<ProcesoElectoral> deProcesos =
        entidad.map(procesos::findByEntidad).orElseGet(procesos::todos);
    return deProcesos.isEmpty() ? List.of() : expedientes(deProcesos);
  }

  /** The records of the given processes, five statements in all, in the given order. */
  private List<Expediente> expedientes(List<ProcesoElectoral> deProcesos) {
    var entregablesDe = agrupar(entregables.findByProcesos(deProcesos), e -> e.getProceso());
    var acuerdosDe = agrupar(acuerdos.findByProcesos(deProcesos), a -> a.getProceso());
    var oficiosDe = agrupar(oficios.findByProcesos(deProcesos), o -> o.getProceso());
    var sesionesDe = agrupar(sesiones.findByProcesos(deProcesos), s -> s.getProceso());
    var integrantesDe = agrupar(integrantes.findByProcesos(deProcesos), i -> i.getProceso());
    return deProcesos.stream()
        .map(
            p ->
                new Expediente(
                    p,
                    entregablesDe.getOrDefault(p.getId(), List.of()),
                    acuerdosDe.getOrDefault(p.getId(), List.of()),
                    oficiosDe.getOrDefault(p.getId(), List.of()),
                    sesionesDe.getOrDefault(p.getId(), List.of()),
                    integrantesDe.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  private static <T> Map<Long, List<T>> agrupar(
      List<T> registros, Function<T, ProcesoElectoral> proceso) {
    return registros.stream().collect(Collectors.groupingBy(r -> proceso.apply(r).getId()));
  }
}
