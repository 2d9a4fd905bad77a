/**
 * El bot de Telegram: entender lo que se le escribe, llevar las conversaciones y redactar las
 * respuestas a partir de los modelos de lectura del dominio.
 */
package mx.seguimientoprep.bot;
