package mx.seguimientoprep.hoja;

/**
 * Los límites de una lectura, para que un libro desmesurado se rechace con un mensaje en lugar de
 * agotar la memoria o el tiempo.
 *
 * @param filasPorHoja filas con datos que se aceptan en una hoja
 * @param caracteresPorCelda caracteres que se aceptan en una celda (el máximo de Excel es 32 767)
 */
public record Limites(int filasPorHoja, int caracteresPorCelda) {

  public static final Limites PREDETERMINADOS = new Limites(200_000, 32_767);

  public Limites {
    if (filasPorHoja < 1 || caracteresPorCelda < 1) {
      throw new IllegalArgumentException("Los límites deben ser positivos.");
    }
  }
}
