/**
 * Las 32 entidades federativas y el INE, cada una con su OPL, y la manera de reconocerlas en lo que
 * una persona escribe: clave, nombre, alias o siglas.
 */
package mx.seguimientoprep.domain.entidad;
