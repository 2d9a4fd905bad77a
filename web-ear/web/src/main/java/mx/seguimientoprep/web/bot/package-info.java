/**
 * El bot ensamblado: los puertos del bot implementados con los repositorios y casos de uso de la
 * aplicación, y el despachador que comparten Telegram y la consola de la web.
 */
package mx.seguimientoprep.web.bot;
