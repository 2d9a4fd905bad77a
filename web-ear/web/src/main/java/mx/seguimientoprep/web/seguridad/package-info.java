/**
 * La seguridad de las páginas: cierre de sesión, la protección contra solicitudes falsificadas
 * desde otro sitio (CSRF, también la del inicio de sesión) y las cabeceras del navegador en cada
 * respuesta. El inicio de sesión es del contenedor (Elytron).
 */
package mx.seguimientoprep.web.seguridad;
