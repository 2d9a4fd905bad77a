package mx.seguimientoprep.hoja.valor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import mx.seguimientoprep.hoja.Celda;
import org.junit.jupiter.api.Test;

class EnteroParserTest {

  @Test
  void unNumeroDeExcelOUnTextoConCifras() {
    assertEquals(44, EnteroParser.leer(new Celda.Numero(44)));
    assertEquals(3, EnteroParser.leer(new Celda.Texto(" 03 ")));
    assertEquals(10, EnteroParser.leer("10"));
  }

  @Test
  void loQueNoEsEntero() {
    assertEquals(
        "1.5 no es un número entero.",
        assertThrows(ValorInvalido.class, () -> EnteroParser.leer(new Celda.Numero(1.5)))
            .getMessage());
    assertEquals(
        "3a no es un número entero.",
        assertThrows(ValorInvalido.class, () -> EnteroParser.leer("3a")).getMessage());
    assertThrows(
        ValorInvalido.class, () -> EnteroParser.leer(new Celda.Fecha(LocalDate.of(2020, 1, 1))));
    assertThrows(ValorInvalido.class, () -> EnteroParser.leer("99999999999"));
  }
}
