/**
 * Los informes mensuales narrativos, en los dos sentidos, como {@code spreadsheet-io} lo es para el
 * libro. Escribir: el informe ya redactado por el dominio ({@code domain.informe.InformeMensual})
 * como documento de Word (.docx) con el XWPF de Apache POI, dentro de la plantilla de membrete de
 * cada OPL ({@link mx.seguimientoprep.informe.InformeWriter}). Leer: los informes que el personal
 * ya escribió ({@code .docx}, {@code .pdf} con texto, {@code .txt}; {@link
 * mx.seguimientoprep.informe.ReportReader}, {@link mx.seguimientoprep.informe.FactRecognizer}),
 * cuyos hechos se proponen como filas de las hojas del libro, cada una con el enunciado de donde
 * salió y su certeza; a partir de esas filas todo es la importación que ya existe. Vive aparte de
 * la hoja: un documento no es una hoja, y así la hoja no carga con el procesador de textos ni con
 * PDFBox.
 */
package mx.seguimientoprep.informe;
