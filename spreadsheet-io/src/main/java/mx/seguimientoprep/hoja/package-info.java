/**
 * El libro de seguimiento mensual tal como lo describe {@code workbook.md}: sus hojas y columnas,
 * la lectura en streaming de un {@code .xlsx} o de un juego de archivos TSV, y los hallazgos
 * ubicados por hoja, fila y columna.
 */
package mx.seguimientoprep.hoja;
