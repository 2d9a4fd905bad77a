/**
 * Las sesiones y reuniones del COTAPREP, de la comisión del PREP, del Consejo General y de los
 * órganos nacionales, celebradas o programadas.
 */
package mx.seguimientoprep.domain.sesion;
