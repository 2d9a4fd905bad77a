package mx.seguimientoprep.domain.registro;

/**
 * Algo que la persona debe saber pero que no impide guardar: un oficio citado que no está
 * registrado, una fecha que el informe no da.
 */
public record AvisoDeRegistro(String hoja, int fila, String columna, String valor, String mensaje) {

  public static AvisoDeRegistro de(Comando comando, String columna, String valor, String mensaje) {
    Ubicacion origen = comando.origen();
    return new AvisoDeRegistro(
        origen == null ? comando.hoja().etiqueta() : origen.hoja(),
        origen == null ? 0 : origen.fila(),
        columna,
        valor,
        mensaje);
  }
}
