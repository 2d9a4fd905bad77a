package mx.seguimientoprep.hoja;

/**
 * Los límites de una lectura, para que un libro desmesurado se rechace con un mensaje en lugar de
 * agotar la memoria o el tiempo. Un .xlsx es un zip: 20 MB de archivo pueden descomprimirse en
 * gigabytes de XML, así que se acota todo lo que la lectura expande, antes de guardarlo.
 *
 * @param filasPorHoja filas con datos que se aceptan en una hoja
 * @param caracteresPorCelda caracteres que se aceptan en una celda (el máximo de Excel es 32 767);
 *     una celda más larga es un error de esa celda y la lectura sigue
 * @param caracteresPorTexto caracteres de un solo texto del XML (una celda, un texto compartido) a
 *     partir de los cuales la lectura se detiene: ningún libro de Excel los tiene
 * @param celdasPorFila celdas que se aceptan en una fila (las hojas tienen una docena de columnas)
 * @param caracteresPorHoja caracteres de todos los valores de una hoja
 * @param textosCompartidos textos distintos de la tabla de textos compartidos
 * @param caracteresCompartidos caracteres de toda la tabla de textos compartidos
 * @param bytesPorParte bytes de XML descomprimido de una parte del libro (una hoja, la tabla)
 */
public record Limites(
    int filasPorHoja,
    int caracteresPorCelda,
    int caracteresPorTexto,
    int celdasPorFila,
    long caracteresPorHoja,
    int textosCompartidos,
    long caracteresCompartidos,
    long bytesPorParte) {

  /**
   * Holgados para el libro más grande que se acepta (200 mil filas con asuntos largos; el de cien
   * mil oficios de la medición tiene unos 15 millones de caracteres de textos) y pequeños para la
   * memoria del servidor: a lo más unos 64 MB de texto por hoja y otros tantos de la tabla.
   */
  public static final Limites PREDETERMINADOS =
      new Limites(200_000, 32_767, 1 << 20, 256, 64_000_000L, 1_000_000, 64_000_000L, 512L << 20);

  /** Los límites predeterminados con otras filas por hoja y caracteres por celda. */
  public Limites(int filasPorHoja, int caracteresPorCelda) {
    this(
        filasPorHoja,
        caracteresPorCelda,
        Math.max(caracteresPorCelda, PREDETERMINADOS.caracteresPorTexto()),
        PREDETERMINADOS.celdasPorFila(),
        PREDETERMINADOS.caracteresPorHoja(),
        PREDETERMINADOS.textosCompartidos(),
        PREDETERMINADOS.caracteresCompartidos(),
        PREDETERMINADOS.bytesPorParte());
  }

  public Limites {
    if (filasPorHoja < 1
        || caracteresPorCelda < 1
        || caracteresPorTexto < caracteresPorCelda
        || celdasPorFila < 1
        || caracteresPorHoja < 1
        || textosCompartidos < 1
        || caracteresCompartidos < 1
        || bytesPorParte < 1) {
      throw new IllegalArgumentException(
          "Los límites deben ser positivos, y un texto debe poder ser tan largo como una celda.");
    }
  }
}
