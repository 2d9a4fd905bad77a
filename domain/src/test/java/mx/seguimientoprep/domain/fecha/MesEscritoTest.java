package mx.seguimientoprep.domain.fecha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MesEscritoTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2020-10",
        "2020/10",
        "10/2020",
        "10-2020",
        "octubre 2020",
        "Octubre de 2020",
        "octubre del 2020",
        "oct-2020",
        "Oct-20",
        "oct. 2020",
        "octubre de dos mil veinte"
      })
  void lasFormasDeUnMes(String texto) {
    assertEquals(YearMonth.of(2020, 10), MesEscrito.leer(texto));
  }

  @Test
  void unMesQueNoExiste() {
    assertEquals(
        "2020-13 no es un mes válido: no existe el mes 13.",
        assertThrows(FechaInvalida.class, () -> MesEscrito.leer("2020-13")).getMessage());
  }

  @Test
  void unTextoQueNoEsMes() {
    assertEquals(
        "mensual no es un mes válido; escríbelo como aaaa-mm (por ejemplo, 2020-10) o como"
            + " «octubre 2020».",
        assertThrows(FechaInvalida.class, () -> MesEscrito.leer("mensual")).getMessage());
    assertThrows(FechaInvalida.class, () -> MesEscrito.leer("3 de octubre de 2020"));
  }
}
