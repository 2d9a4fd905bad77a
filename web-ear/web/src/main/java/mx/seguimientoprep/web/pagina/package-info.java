/**
 * Las páginas: HTML en español armado en el servidor con una plantilla común (navegación por rol,
 * token CSRF, usuario), y pequeños scripts sin compilación que llenan cada página desde la API
 * JSON.
 */
package mx.seguimientoprep.web.pagina;
