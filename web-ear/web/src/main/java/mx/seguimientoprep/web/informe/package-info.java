/**
 * El cableado del informe mensual: la redacción del dominio, la plantilla de la entidad y el
 * escritor del documento (módulo informe-io), y la constancia de cada informe generado. Lo usan la
 * API, las páginas y el bot.
 */
package mx.seguimientoprep.web.informe;
