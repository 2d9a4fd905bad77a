/**
 * Lo que el bot de Telegram guarda en la base: invitaciones, vínculos, conversaciones en curso y
 * los updates recibidos, cuya clave primaria hace que cada uno se atienda una sola vez.
 */
package mx.seguimientoprep.persistence.acceso;
