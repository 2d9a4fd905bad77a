/**
 * Las fechas como las escriben las personas y los informes: {@code 03/11/2020}, {@code 3 de
 * noviembre de 2020}, {@code tres (03) de noviembre de dos mil veinte (2020)}; una sola lectura
 * para la hoja de seguimiento, la API y el bot.
 */
package mx.seguimientoprep.domain.fecha;
