package mx.seguimientoprep.domain.fecha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * La forma larga de los informes, escrita y leída de vuelta: cada día de un año bisiesto y de uno
 * normal. También sin las cifras entre paréntesis, que al leer mandan sobre las letras: así las
 * letras escritas se comprueban por sí mismas.
 */
class FechaEnLetrasTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-11-03|tres (03) de noviembre de dos mil veinte (2020)",
        "2020-11-20|veinte (20) de noviembre de dos mil veinte (2020)",
        "2020-03-30|treinta (30) de marzo de dos mil veinte (2020)",
        "2021-10-01|primero (01) de octubre de dos mil veintiuno (2021)",
        "2022-06-16|dieciséis (16) de junio de dos mil veintidós (2022)",
        "2019-11-11|once (11) de noviembre de dos mil diecinueve (2019)",
        "1999-12-31|treinta y uno (31) de diciembre de mil novecientos noventa y nueve (1999)",
        "2100-01-23|veintitrés (23) de enero de dos mil cien (2100)"
      })
  void escribeComoLosInformes(LocalDate fecha, String esperada) {
    assertEquals(esperada, FechaEscrita.enLetras(fecha));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2024, 2023})
  void cadaDiaDelAnoSeLeeDeVuelta(int ano) {
    int dias = Year.of(ano).length();
    LocalDate fecha = LocalDate.of(ano, 1, 1);
    for (int i = 0; i < dias; i++, fecha = fecha.plusDays(1)) {
      String escrita = FechaEscrita.enLetras(fecha);
      assertEquals(fecha, FechaEscrita.leer(escrita), escrita);
      String soloLetras = escrita.replaceAll("\\s*\\(\\d+\\)", "");
      assertEquals(fecha, FechaEscrita.leer(soloLetras), soloLetras);
    }
    assertEquals(ano == 2024 ? 366 : 365, dias);
  }
}
