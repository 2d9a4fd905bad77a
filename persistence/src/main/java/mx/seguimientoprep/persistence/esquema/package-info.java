/** El esquema de la base de datos, creado y migrado por migraciones versionadas (Flyway). */
package mx.seguimientoprep.persistence.esquema;
