/**
 * Lo que comparten las mediciones que corren contra la aplicación real: una copia del servidor
 * aprovisionado con su propia base y sus puertos, la respuesta de una importación y las cifras de
 * una serie de tiempos.
 */
package mx.seguimientoprep.bench.servidor;
