/**
 * El modelo del seguimiento del PREP de los OPL y sus casos de uso; no conoce ningún framework.
 * Aquí viven también las piezas que todos los agregados comparten: la comparación de textos, los
 * datos inválidos y la ficha legible de un registro.
 */
package mx.seguimientoprep.domain;
