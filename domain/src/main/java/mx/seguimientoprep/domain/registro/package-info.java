/**
 * Los casos de uso que escriben: la importación de la hoja de seguimiento y el registro de un
 * oficio, con sus comandos ya tipados y sus resultados. Persistencia los implementa; la hoja, el
 * bot y la web los llaman. Aquí se lee también lo que una persona escribe en cada campo de un
 * comando ({@link mx.seguimientoprep.domain.registro.LecturaDeCampo}, {@link
 * mx.seguimientoprep.domain.registro.LecturaDeOficio}): una sola lectura, con los mismos mensajes,
 * para la hoja, la API y el bot.
 */
package mx.seguimientoprep.domain.registro;
