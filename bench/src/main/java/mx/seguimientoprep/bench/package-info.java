/**
 * Mediciones de velocidad y memoria del libro de seguimiento: lectura, importación completa por
 * HTTP y exportación de un libro de 100 000 oficios, cada una contra una referencia medida en la
 * misma corrida; imprimen cifras y nunca fallan por un tiempo.
 */
package mx.seguimientoprep.bench;
