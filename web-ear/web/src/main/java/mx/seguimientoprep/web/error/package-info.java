/** Las respuestas de error del contenedor, en español y sin detalles internos. */
package mx.seguimientoprep.web.error;
