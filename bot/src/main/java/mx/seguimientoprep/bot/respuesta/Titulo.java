package mx.seguimientoprep.bot.respuesta;

import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;

/** El encabezado de una lista: `Durango (IEPC Durango) · Proceso Electoral Local …`. */
final class Titulo {

  private Titulo() {}

  static String de(Expediente expediente) {
    return de(
        expediente.proceso().getEntidad().getNombre(),
        expediente.proceso().getEntidad().getSiglas(),
        expediente.proceso().getNombre());
  }

  static String de(EstadoPrep estado) {
    return de(estado.nombreEntidad(), estado.siglas(), estado.proceso());
  }

  private static String de(String entidad, String siglas, String proceso) {
    return entidad + " (" + siglas + ") · " + proceso;
  }
}
