/**
 * Las cuentas de la aplicación en su propia base de datos, donde la seguridad del servidor
 * (Elytron) las lee.
 */
package mx.seguimientoprep.persistence.usuario;
