/** Las cuentas de las personas que usan la aplicación y sus roles. */
package mx.seguimientoprep.domain.usuario;
