/**
 * Quién habla con el bot de Telegram y lo que el bot guarda entre mensajes: las invitaciones de un
 * solo uso, los vínculos de los usuarios de Telegram con un rol, las conversaciones en curso y los
 * updates ya recibidos (para atender cada uno una sola vez).
 */
package mx.seguimientoprep.domain.acceso;
