/**
 * La traducción de las filas del libro a comandos del dominio: cada fila se vuelve un comando, o
 * todos sus errores ubicados, listos para el caso de uso que los aplica.
 */
package mx.seguimientoprep.hoja.comando;
