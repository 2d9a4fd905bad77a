/** Los repositorios del dominio sobre JPA: consultas que hablan el idioma del dominio. */
package mx.seguimientoprep.persistence.repositorio;
