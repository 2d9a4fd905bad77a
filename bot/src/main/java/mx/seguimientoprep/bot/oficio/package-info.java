/**
 * El registro de un oficio desde el bot: la conversación guiada como máquina de estados pura
 * ({@link mx.seguimientoprep.bot.oficio.CapturaDeOficio}, cuyo estado guarda la aplicación entre
 * mensajes), la redacción de sus preguntas, los datos de sus botones, la forma de una línea y, en
 * un solo lugar ({@link mx.seguimientoprep.bot.oficio.CamposDeCaptura}), la lectura de lo que la
 * persona escribe en cada campo.
 */
package mx.seguimientoprep.bot.oficio;
