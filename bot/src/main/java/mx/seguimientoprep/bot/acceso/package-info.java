/**
 * Quién puede hablar con el bot: el rol con que una persona quedó vinculada al canjear su código de
 * invitación (el rol del dominio, con su nombre del bot), y el puerto con que la aplicación canjea
 * esos códigos.
 */
package mx.seguimientoprep.bot.acceso;
