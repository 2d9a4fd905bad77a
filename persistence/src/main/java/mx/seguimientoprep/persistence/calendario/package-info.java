/**
 * Los calendarios personales en la base: buscarlos por el hash de su token, crearlos, revocarlos.
 */
package mx.seguimientoprep.persistence.calendario;
