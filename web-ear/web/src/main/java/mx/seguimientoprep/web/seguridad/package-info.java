/**
 * La seguridad de las páginas: cierre de sesión, la protección contra solicitudes falsificadas
 * desde otro sitio (CSRF, también la del inicio de sesión) y las cabeceras del navegador en cada
 * respuesta. El inicio de sesión es del contenedor (Elytron); aquí se le pone delante la espera por
 * dirección y cuenta tras contraseñas fallidas, y detrás el cierre de las sesiones de una cuenta
 * desactivada o con contraseña nueva.
 */
package mx.seguimientoprep.web.seguridad;
