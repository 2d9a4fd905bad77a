/** Lo que se mide de las sentencias SQL que la aplicación envía a la base de datos. */
package mx.seguimientoprep.persistence.sql;
