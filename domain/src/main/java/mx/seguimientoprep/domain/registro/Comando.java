package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * Una fila que se quiere registrar, con sus valores ya interpretados por el adaptador que la leyó.
 * El proceso se da como texto y lo resuelve el caso de uso: en blanco solo si la entidad tiene un
 * único proceso; si no, por nombre o por años.
 */
public sealed interface Comando
    permits ComandoProceso,
        ComandoAcuerdo,
        ComandoOficio,
        ComandoSesion,
        ComandoEntregable,
        ComandoIntegrante {

  ClaveEntidad entidad();

  /** El proceso como lo escribió la persona (`2021-2022`), o {@code null}. */
  String proceso();

  /** De dónde vino, para ubicar los errores; {@code null} fuera de una hoja. */
  Ubicacion origen();

  /** La hoja a la que pertenece esta clase de fila. */
  TipoDeRegistro hoja();
}
