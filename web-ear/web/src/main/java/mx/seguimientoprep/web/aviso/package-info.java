/**
 * Los avisos ensamblados: la pasada (qué toca, según la función pura del dominio; el reclamo en la
 * base; el mensaje que redacta el bot; el envío por Telegram con reintentos) y el reloj que la
 * corre en el planificador administrado del servidor.
 */
package mx.seguimientoprep.web.aviso;
