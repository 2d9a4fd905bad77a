/**
 * Las escrituras: la importación por clave natural y el registro de un oficio, con su historial.
 */
package mx.seguimientoprep.persistence.registro;
