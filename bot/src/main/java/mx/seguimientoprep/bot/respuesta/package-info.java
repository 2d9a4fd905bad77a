/**
 * Lo que el bot contesta: mensajes con botones, dentro del límite de Telegram, y su redacción a
 * partir de los modelos de lectura del dominio (la tarjeta de estado y las listas).
 */
package mx.seguimientoprep.bot.respuesta;
