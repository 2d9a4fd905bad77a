/**
 * La bitácora de las hojas de seguimiento subidas: quién, cuándo, qué archivo y con qué resultado.
 */
package mx.seguimientoprep.domain.importacion;
