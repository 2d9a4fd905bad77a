package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.DatoInvalido;

/** Un campo rechazado de un registro capturado a mano (bot, web). */
public record ErrorDeCampo(String campo, String valor, String mensaje) {

  public static ErrorDeCampo de(DatoInvalido dato) {
    return new ErrorDeCampo(dato.campo().orElse(""), dato.valor().orElse(""), dato.getMessage());
  }
}
