/**
 * El estado del PREP de un proceso a una fecha: una función pura de los datos del proceso que el
 * bot y la web muestran igual.
 */
package mx.seguimientoprep.domain.estado;
