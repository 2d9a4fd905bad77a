/**
 * La persistencia: los repositorios JPA y las implementaciones transaccionales de los casos de uso
 * del dominio.
 */
package mx.seguimientoprep.persistence;
