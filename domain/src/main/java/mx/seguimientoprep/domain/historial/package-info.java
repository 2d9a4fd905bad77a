/**
 * El historial de cambios: quién dio de alta o modificó qué registro, cuándo, por qué canal y qué
 * valor tenía antes.
 */
package mx.seguimientoprep.domain.historial;
