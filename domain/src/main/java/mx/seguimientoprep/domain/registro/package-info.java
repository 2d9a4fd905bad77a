/**
 * Los casos de uso que escriben: la importación de la hoja de seguimiento y el registro de un
 * oficio, con sus comandos ya tipados y sus resultados. Persistencia los implementa; la hoja, el
 * bot y la web los llaman.
 */
package mx.seguimientoprep.domain.registro;
