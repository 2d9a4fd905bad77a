/**
 * El estado a escala: un millón de oficios en 96 procesos cargados por la importación, y lo que
 * cuestan el tablero y el estado de un proceso justo después de una escritura, con las sentencias
 * SQL de cada cálculo; imprime cifras y nunca falla por un tiempo.
 */
package mx.seguimientoprep.bench.escala;
