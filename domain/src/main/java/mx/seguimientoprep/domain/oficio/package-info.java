/**
 * Los oficios que un OPL envía al INE, recibe de él o se dirige internamente, identificados por su
 * número normalizado.
 */
package mx.seguimientoprep.domain.oficio;
