/** La subida de la hoja de seguimiento: archivo temporal, lectura, aplicación y bitácora. */
package mx.seguimientoprep.web.importacion;
