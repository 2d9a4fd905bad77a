/**
 * El adaptador que escribe el informe mensual ya redactado por el dominio ({@code
 * domain.informe.InformeMensual}) como documento de Word (.docx) con el XWPF de Apache POI, dentro
 * de la plantilla de membrete de cada OPL. Vive en su propio módulo, no junto al libro de
 * seguimiento ({@code spreadsheet-io}): un documento no es una hoja, y así la hoja no carga con el
 * procesador de textos ni el informe con las reglas de las celdas; comparten solo la versión de POI
 * del pom padre.
 */
package mx.seguimientoprep.informe;
