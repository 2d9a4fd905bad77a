package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.DatoInvalido;

/**
 * Un error ubicado en la hoja: hoja, fila como la muestra Excel (0 si no viene de una fila),
 * columna, valor y mensaje en español.
 */
public record ErrorDeRegistro(String hoja, int fila, String columna, String valor, String mensaje) {

  public static ErrorDeRegistro de(Comando comando, DatoInvalido dato) {
    Ubicacion origen = comando.origen();
    return new ErrorDeRegistro(
        origen == null ? comando.hoja().etiqueta() : origen.hoja(),
        origen == null ? 0 : origen.fila(),
        dato.campo().orElse(""),
        dato.valor().orElse(""),
        dato.getMessage());
  }
}
