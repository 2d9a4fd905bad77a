/**
 * Los procesos electorales de cada entidad, con su instancia interna y los integrantes de su
 * COTAPREP, y la manera de reconocer un proceso por su nombre o por sus años.
 */
package mx.seguimientoprep.domain.proceso;
