package mx.seguimientoprep.hoja.valor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mx.seguimientoprep.hoja.Celda;
import org.junit.jupiter.api.Test;

class ListaParserTest {

  @Test
  void separadasPorComaOPuntoYComa() {
    assertEquals(
        List.of("E15", "E17", "E18", "E19", "E20"),
        ListaParser.leer(new Celda.Texto("E15,E17, E18 ;E19;; E20")));
  }

  @Test
  void sinVaciosNiRepetidos() {
    assertEquals(List.of("E03", "E04"), ListaParser.leer(" E03 , E04, E03, "));
    assertEquals(List.of(), ListaParser.leer(" , ; "));
  }
}
