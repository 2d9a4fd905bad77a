/**
 * El informe mensual (entregable E03) redactado desde los registros del mes: sus apartados, su
 * prosa en el registro de los informes semilla y la firma. Lo escribe en un documento un adaptador;
 * aquí solo se decide qué dice.
 */
package mx.seguimientoprep.domain.informe;
