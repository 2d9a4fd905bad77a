package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * Cómo va el PREP: lo que el bot, la web, la API y la exportación preguntan (puerto de entrada de
 * lectura). Lo implementa una sola vez {@link LecturaDelEstado}; todos los estados salen de {@link
 * EstadoPrep#calcular} por ese único camino.
 */
public interface ConsultarEstado {

  /** El estado del proceso actual de la entidad a la fecha, si tiene alguno. */
  Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia);

  /**
   * El estado del proceso actual de cada entidad con proceso, por clave: lo que muestra la portada
   * de la web, con los conteos, los días para la jornada y la última actividad.
   */
  List<EstadoPrep> estadosActuales(LocalDate referencia);

  /** Las entidades con proceso registrado, por clave, con el semáforo de su proceso actual. */
  default List<ResumenEntidad> entidadesConProceso(LocalDate referencia) {
    return estadosActuales(referencia).stream().map(ResumenEntidad::de).toList();
  }

  /**
   * Lo que vence de la fecha de referencia a {@code hasta} (las dos incluidas) en el proceso actual
   * de cada entidad: los entregables pendientes, por fecha límite.
   */
  default List<Vencimiento> vencimientos(LocalDate referencia, LocalDate hasta) {
    return Vencimiento.entre(estadosActuales(referencia), referencia, hasta);
  }

  /** Todo lo registrado del proceso actual de la entidad a la fecha, si tiene alguno. */
  Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia);

  /**
   * Todo lo registrado de un proceso de la entidad, con su estado a la fecha: el que nombra {@code
   * proceso} (por nombre o años, {@code 2021-2022}) o, sin él, el actual. Vacío si la entidad no
   * tiene ese proceso; {@link #procesos} dice cuáles tiene.
   */
  Optional<ExpedienteConEstado> expedienteConEstado(
      ClaveEntidad entidad, Optional<String> proceso, LocalDate referencia);

  /** El proceso actual de la entidad a la fecha (la regla de {@link EstadoPrep#procesoActual}). */
  Optional<ProcesoElectoral> procesoActual(ClaveEntidad entidad, LocalDate referencia);

  /** Los procesos de la entidad, por jornada. */
  List<ProcesoElectoral> procesos(ClaveEntidad entidad);

  /**
   * Lo que se exporta: cada proceso de la entidad (o de todas), o solo el que nombra {@code
   * proceso}, con su estado a la fecha; con {@code mes}, solo los registros fechados en ese mes (y
   * solo los procesos que los tienen), y el estado calculado de ellos. Por entidad y jornada; en
   * cada entidad, uno queda marcado como {@linkplain ExpedienteConEstado#actual() actual}.
   */
  List<ExpedienteConEstado> seleccion(
      Optional<ClaveEntidad> entidad,
      Optional<String> proceso,
      Optional<YearMonth> mes,
      LocalDate referencia);
}
