/**
 * Lectura de los informes mensuales narrativos que el personal ya escribió ({@code .docx}, {@code
 * .pdf} con texto, {@code .txt}): un adaptador como {@code spreadsheet-io}, en su propio módulo
 * porque trae PDFBox y un reconocedor que la hoja no necesita. Propone los hechos del informe como
 * filas de las hojas del libro de seguimiento, cada una con el enunciado de donde salió y su
 * certeza; a partir de esas filas todo es la importación que ya existe.
 */
package mx.seguimientoprep.informe;
