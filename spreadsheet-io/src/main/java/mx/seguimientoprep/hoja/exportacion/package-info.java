/**
 * La exportación del libro de seguimiento: lo que la web reúne de los casos de uso ({@link
 * mx.seguimientoprep.hoja.exportacion.ContenidoExportacion}) se escribe en streaming como un {@code
 * .xlsx} con las mismas hojas y columnas que la importación lee, para que importarlo de nuevo no
 * cambie nada.
 */
package mx.seguimientoprep.hoja.exportacion;
