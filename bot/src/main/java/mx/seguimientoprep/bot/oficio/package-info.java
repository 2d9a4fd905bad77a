/**
 * El registro de un oficio desde el bot: la conversación guiada como máquina de estados pura, cuyo
 * estado guarda la aplicación entre mensajes, y la forma de una línea.
 */
package mx.seguimientoprep.bot.oficio;
