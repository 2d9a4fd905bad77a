/** La descarga del libro de seguimiento: los filtros y el ensamblado de lo que se exporta. */
package mx.seguimientoprep.web.exportacion;
