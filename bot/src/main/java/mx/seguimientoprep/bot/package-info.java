/**
 * El bot de Telegram sin Telegram: el despachador que el transporte llama con cada mensaje o botón
 * y que contesta con mensajes listos para enviar, a partir de los casos de uso del dominio y de los
 * puertos que la aplicación implementa.
 */
package mx.seguimientoprep.bot;
