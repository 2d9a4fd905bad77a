/**
 * Los calendarios personales: la dirección secreta con que la aplicación de calendario de una
 * persona, que no puede iniciar sesión, lee los plazos de una entidad.
 */
package mx.seguimientoprep.domain.calendario;
