/**
 * La medición del bot por el webhook: el servidor real con una Bot API falsa en el mismo proceso de
 * la medición, miles de preguntas de estado de usuarios vinculados, y las cifras de aceptación,
 * respuesta, latencia y sentencias SQL por respuesta.
 */
package mx.seguimientoprep.bench.bot;
