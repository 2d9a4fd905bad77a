/** Las suscripciones a los avisos de una entidad: el puerto con que el bot las guarda. */
package mx.seguimientoprep.bot.aviso;
