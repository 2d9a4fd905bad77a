package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.Resolucion;

/**
 * Un campo {@code Entidad} que no nombra exactamente una entidad. Además del mensaje trae lo que se
 * entendió, para que quien pregunta ofrezca las candidatas (el bot, con un botón por cada una).
 */
public final class EntidadNoReconocida extends DatoInvalido {

  private static final long serialVersionUID = 1L;

  private final transient Resolucion resolucion;

  EntidadNoReconocida(String valor, String mensaje, Resolucion resolucion) {
    super(LecturaDeCampo.ENTIDAD, valor, mensaje);
    this.resolucion = resolucion;
  }

  /** Ambigua (varias candidatas), Sugerencias (las que se escriben parecido) o NoEncontrada. */
  public Resolucion resolucion() {
    return resolucion;
  }
}
