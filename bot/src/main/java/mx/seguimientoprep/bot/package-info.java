/**
 * El bot de Telegram sin Telegram: el despachador que el transporte llama con cada mensaje o botón
 * y que contesta con mensajes listos para enviar, a partir de los casos de uso del dominio y de los
 * puertos que la aplicación implementa; los comandos del bot, cada uno un descriptor y su manejador
 * ({@link mx.seguimientoprep.bot.ComandosDelBot}); y el contexto que recibe cada manejador.
 */
package mx.seguimientoprep.bot;
