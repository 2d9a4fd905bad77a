/** Los acuerdos de los órganos de cada OPL que tocan al PREP, identificados por su clave. */
package mx.seguimientoprep.domain.acuerdo;
