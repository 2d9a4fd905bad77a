package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Cómo va el PREP: lo que el bot y la web preguntan. */
public interface ConsultarEstado {

  /** El estado del proceso actual de la entidad a la fecha, si tiene alguno. */
  Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia);

  /** Las entidades con proceso registrado, por clave, con el semáforo de su proceso actual. */
  List<ResumenEntidad> entidadesConProceso(LocalDate referencia);

  /**
   * El estado del proceso actual de cada entidad con proceso, por clave: lo que muestra la portada
   * de la web, con los conteos, los días para la jornada y la última actividad.
   */
  default List<EstadoPrep> estadosActuales(LocalDate referencia) {
    return entidadesConProceso(referencia).stream()
        .flatMap(r -> estadoActual(r.clave(), referencia).stream())
        .toList();
  }

  /** Todo lo registrado del proceso actual de la entidad a la fecha, si tiene alguno. */
  Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia);

  /**
   * Todo lo registrado de cada proceso, de una entidad o de todas (vacío), por entidad y jornada:
   * lo que se exporta.
   */
  List<Expediente> expedientes(Optional<ClaveEntidad> entidad);
}
