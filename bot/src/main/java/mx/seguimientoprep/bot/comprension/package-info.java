/**
 * Lo que una persona quiso decir: de un comando, una frase libre en español o un botón tocado, la
 * comando del bot que pide y la entidad que nombra, reconocida por el resolutor del dominio.
 */
package mx.seguimientoprep.bot.comprension;
