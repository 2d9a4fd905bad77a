/**
 * El transporte del bot: el cliente de la Bot API (TelegramBots sobre hilos administrados por el
 * servidor), el sondeo con getUpdates, la recepción por webhook y la atención de cada update una
 * sola vez.
 */
package mx.seguimientoprep.web.telegram;
