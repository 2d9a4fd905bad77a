/**
 * El libro de seguimiento mensual tal como lo describe {@code docs/workbook.md}: sus hojas y
 * columnas, la lectura en streaming de un {@code .xlsx} o de un juego de archivos TSV, y los
 * hallazgos ubicados por hoja, fila y columna.
 *
 * <p>El paquete se llama {@code hoja} y no como el módulo ({@code spreadsheet-io}) a propósito: los
 * módulos llevan nombres técnicos en inglés (como {@code persistence}), y los paquetes del código
 * que la gente lee, el sustantivo con que la gente nombra la cosa — el personal habla de «la hoja
 * de seguimiento», y así se llaman sus clases ({@code Hoja}, {@code Columna}, {@code Celda}).
 */
package mx.seguimientoprep.hoja;
