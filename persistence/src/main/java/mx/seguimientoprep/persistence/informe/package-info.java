/** Las plantillas de membrete del informe mensual y las constancias de los informes generados. */
package mx.seguimientoprep.persistence.informe;
