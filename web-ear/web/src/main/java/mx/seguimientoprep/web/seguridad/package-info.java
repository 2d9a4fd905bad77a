/**
 * La seguridad de las páginas: cierre de sesión y la protección contra solicitudes falsificadas
 * desde otro sitio (CSRF). El inicio de sesión es del contenedor (Elytron).
 */
package mx.seguimientoprep.web.seguridad;
