package mx.seguimientoprep.domain.fecha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FechaEscritaTest {

  private static final LocalDate TRES_DE_NOVIEMBRE = LocalDate.of(2020, 11, 3);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "03/11/2020",
        "3/11/2020",
        "3/11/20",
        "03-11-2020",
        "03.11.2020",
        "2020-11-03",
        "2020/11/03",
        "2020-11-03T00:00:00",
        "03/11/2020 10:30",
        "3 de noviembre de 2020",
        "3 de Noviembre del 2020",
        "martes 3 de noviembre de 2020",
        "3 noviembre 2020",
        "3-nov-2020",
        "3-Nov-20",
        "03/nov./2020",
        "3 NOV 2020",
        "noviembre 3, 2020",
        "tres (03) de noviembre de dos mil veinte (2020)",
        "Tres (03) de Noviembre de Dos Mil Veinte (2020)",
        "tres de noviembre de dos mil veinte",
        "a los tres días del mes de noviembre del año dos mil veinte",
        "  03/11/2020  ",
      })
  void todasLasFormasDelLibro(String texto) {
    assertEquals(TRES_DE_NOVIEMBRE, FechaEscrita.leer(texto));
  }

  @Test
  void elDiaVaSiempreAntesQueElMes() {
    assertEquals(LocalDate.of(2021, 11, 4), FechaEscrita.leer("04/11/2021"));
    assertEquals(LocalDate.of(2021, 11, 4), FechaEscrita.leer("04-11-2021"));
  }

  @Test
  void losNumeralesEntreParentesisGananALasLetras() {
    assertEquals(
        LocalDate.of(2021, 11, 4),
        FechaEscrita.leer("tres (04) de noviembre de dos mil veinte (2021)"));
  }

  @Test
  void lasFormasLargasDeLosInformes() {
    assertEquals(
        LocalDate.of(2021, 10, 27),
        FechaEscrita.leer("veintisiete (27) de octubre de dos mil veintiuno (2021)"));
    assertEquals(
        LocalDate.of(2023, 12, 27),
        FechaEscrita.leer("veintisiete de diciembre de dos mil veintitrés"));
    assertEquals(LocalDate.of(2019, 11, 1), FechaEscrita.leer("primero de noviembre de 2019"));
    assertEquals(
        LocalDate.of(1999, 1, 31),
        FechaEscrita.leer("31 de enero de mil novecientos noventa y nueve"));
  }

  @Test
  void unNumeroDeSerieDeExcelSinFormatoEsLaFechaQueRepresenta() {
    assertEquals(TRES_DE_NOVIEMBRE, FechaEscrita.deExcel(44138, "44138"));
    assertEquals(LocalDate.of(2021, 10, 11), FechaEscrita.deExcel(44480, "44480"));
  }

  @Test
  void unNumeroQueNoPuedeSerFechaSeRechaza() {
    FechaInvalida error =
        assertThrows(FechaInvalida.class, () -> FechaEscrita.deExcel(2020, "2020"));
    assertEquals(
        "2020 no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).",
        error.getMessage());
  }

  @Test
  void unaFechaImposibleDiceQuePorQue() {
    assertEquals(
        "31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
        assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("31/02/2021")).getMessage());
    assertEquals(
        "29 de febrero de 2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
        assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("29 de febrero de 2021"))
            .getMessage());
    assertEquals(LocalDate.of(2020, 2, 29), FechaEscrita.leer("29/02/2020"));
  }

  @Test
  void mesDiaAnoNuncaSeSupone() {
    assertEquals(
        "11/25/2021 no es una fecha válida: no existe el mes 25 (el día va primero: dd/mm/aaaa).",
        assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("11/25/2021")).getMessage());
  }

  @Test
  void unTextoQueNoEsFecha() {
    assertEquals(
        "pendiente no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).",
        assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("pendiente")).getMessage());
    assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("noviembre de 2020"));
    assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("3 de noviembre"));
    assertThrows(
        FechaInvalida.class, () -> FechaEscrita.leer("tres de noviembre de dos mil patos"));
    assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("2020-11"));
  }

  @Test
  void unAnoFueraDeLoRazonable() {
    assertEquals(
        "03/11/2202 no es una fecha válida: el año 2202 no está entre 1900 y 2100.",
        assertThrows(FechaInvalida.class, () -> FechaEscrita.leer("03/11/2202")).getMessage());
  }
}
