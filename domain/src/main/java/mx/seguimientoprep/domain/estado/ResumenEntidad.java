package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Una entidad con proceso, para elegirla de una lista (botones del bot, portada de la web). */
public record ResumenEntidad(
    ClaveEntidad clave,
    String nombre,
    String siglas,
    String proceso,
    LocalDate jornada,
    Semaforo semaforo) {

  public static ResumenEntidad de(EstadoPrep estado) {
    return new ResumenEntidad(
        estado.claveEntidad(),
        estado.nombreEntidad(),
        estado.siglas(),
        estado.proceso(),
        estado.jornada(),
        estado.semaforo());
  }
}
