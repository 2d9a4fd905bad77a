/**
 * Las suscripciones y los avisos en la base: el reclamo de cada aviso por su llave única, que solo
 * un nodo gana.
 */
package mx.seguimientoprep.persistence.aviso;
