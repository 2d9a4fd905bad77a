/**
 * El catálogo de entregables que un OPL debe remitir al INE, con la regla de su plazo, y el estado
 * de cada entregable en cada proceso.
 */
package mx.seguimientoprep.domain.entregable;
