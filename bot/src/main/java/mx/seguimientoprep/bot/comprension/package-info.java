/**
 * Lo que una persona quiso decir: de un comando, una frase libre en español o un botón tocado, el
 * comando del bot que pide, la entidad que nombra (reconocida por el resolutor del dominio) y lo
 * demás que dice la pregunta: un número de oficio o de acuerdo, una fecha, un entregable. Las
 * maneras de preguntar son datos ({@code vocabulario.tsv}, leído por {@link
 * mx.seguimientoprep.bot.comprension.Vocabulario}); la tabla de frases que deben entenderse está en
 * las pruebas ({@code frases.tsv}).
 */
package mx.seguimientoprep.bot.comprension;
