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
import mx.seguimientoprep.persistence.repositorio.AcuerdosJpa;
import mx.seguimientoprep.persistence.repositorio.DefinicionesEntregableJpa;
import mx.seguimientoprep.persistence.repositorio.EntregablesJpa;
import mx.seguimientoprep.persistence.repositorio.IntegrantesCotaprepJpa;
import mx.seguimientoprep.persistence.repositorio.OficiosJpa;
import mx.seguimientoprep.persistence.repositorio.ProcesosJpa;
import mx.seguimientoprep.persistence.repositorio.SesionesJpa;

/**
 * The status of the current processes. Whatever the number of processes, a question costs a fixed
 * number of statements: the processes, then each kind of record of all of them at once, and the
 * catalogue; the status itself is the domain's pure {@link EstadoPrep#calcular}.
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

  @Override
  public Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia) {
    return expediente(entidad, referencia)
        .map(e -> EstadoPrep.calcular(e, definiciones.todas(), referencia));
  }

  @Override
  public List<ResumenEntidad> entidadesConProceso(LocalDate referencia) {
    Map<String, List<ProcesoElectoral>> porEntidad =
        procesos.todos().stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.getEntidad().getClave().valor(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<ProcesoElectoral> actuales = new ArrayList<>();
    porEntidad
        .values()
        .forEach(l -> EstadoPrep.procesoActual(l, referencia).ifPresent(actuales::add));
    if (actuales.isEmpty()) {
      return List.of();
    }
    List<DefinicionEntregable> catalogo = definiciones.todas();
    return expedientes(actuales).stream()
        .map(e -> ResumenEntidad.de(EstadoPrep.calcular(e, catalogo, referencia)))
        .toList();
  }

  @Override
  public Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia) {
    return EstadoPrep.procesoActual(procesos.findByEntidad(entidad), referencia)
        .map(p -> expedientes(List.of(p)).get(0));
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
