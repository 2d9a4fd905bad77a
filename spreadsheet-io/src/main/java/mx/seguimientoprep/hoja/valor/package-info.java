/**
 * La lectura de los valores que una persona escribe en una celda (fechas en todas sus formas,
 * meses, números enteros y listas de claves), sin saber de qué archivo vienen.
 */
package mx.seguimientoprep.hoja.valor;
