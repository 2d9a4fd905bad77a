package mx.seguimientoprep.domain.fecha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Las formas de fecha de workbook.md, más `hoy` y `ayer`. */
class FechaEscritaEnConversacionTest {

  private static final LocalDate HOY = LocalDate.of(2021, 11, 4);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "03/11/2020 | 2020-11-03",
        "3/11/20 | 2020-11-03",
        "2020-11-03 | 2020-11-03",
        "3 de noviembre de 2020 | 2020-11-03",
        "3 de Noviembre del 2020 | 2020-11-03",
        "3-nov-2020 | 2020-11-03",
        "tres (03) de noviembre de dos mil veinte (2020) | 2020-11-03",
        "veintisiete de octubre de dos mil veintiuno | 2021-10-27",
        "04/11/2021 | 2021-11-04",
        "29/02/2024 | 2024-02-29",
        "hoy | 2021-11-04",
        "Hoy | 2021-11-04",
        "ayer | 2021-11-03"
      })
  void leeLaFecha(String texto, LocalDate fecha) {
    assertEquals(fecha, FechaEscrita.leer(texto, HOY));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "31/02/2021 | 31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
        "29/02/2021 | 29/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
        "15/13/2021 | 15/13/2021 no es una fecha válida: no existe el mes 13 (el día va primero:"
            + " dd/mm/aaaa).",
        "31 de abril de 2021 | 31 de abril de 2021 no es una fecha válida: abril de 2021 tiene 30"
            + " días."
      })
  void unaFechaQueNoExisteDiceElMotivo(String texto, String mensaje) {
    FechaInvalida error = assertThrows(FechaInvalida.class, () -> FechaEscrita.leer(texto, HOY));
    assertEquals(mensaje, error.getMessage());
    assertTrue(error.pareceFecha());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mañana temprano", "IEC/SE/1766/2020", "enviado", "3 de noviembre"})
  void loQueNoEsFecha(String texto) {
    FechaInvalida error = assertThrows(FechaInvalida.class, () -> FechaEscrita.leer(texto, HOY));
    assertEquals(
        texto + " no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).",
        error.getMessage());
    assertFalse(error.pareceFecha());
  }
}
