/** La API REST bajo {@code /prep/api}: JSON en español, errores con un mensaje claro. */
package mx.seguimientoprep.web.api;
