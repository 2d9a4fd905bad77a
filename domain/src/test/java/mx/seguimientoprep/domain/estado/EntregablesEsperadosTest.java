package mx.seguimientoprep.domain.estado;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntregablesEsperadosTest {

  private static final LocalDate JORNADA_DURANGO = LocalDate.of(2022, 6, 5);

  @Test
  void losInformesMensualesEmpiezanNueveMesesAntesDeLaJornada() {
    assertEquals(
        List.of(YearMonth.of(2021, 9), YearMonth.of(2021, 10)),
        EntregablesEsperados.periodosMensuales(JORNADA_DURANGO, LocalDate.of(2021, 10, 31)));
  }

  @Test
  void antesDelPrimerPeriodoNoHayInformes() {
    assertEquals(
        List.of(),
        EntregablesEsperados.periodosMensuales(JORNADA_DURANGO, LocalDate.of(2021, 8, 31)));
  }

  @Test
  void terminanElMesAnteriorALaJornada() {
    List<YearMonth> periodos =
        EntregablesEsperados.periodosMensuales(JORNADA_DURANGO, LocalDate.of(2022, 12, 31));
    assertEquals(9, periodos.size());
    assertEquals(YearMonth.of(2022, 5), periodos.get(periodos.size() - 1));
  }

  @Test
  void sinJornadaNoHayInformesEsperados() {
    assertEquals(
        List.of(), EntregablesEsperados.periodosMensuales(null, LocalDate.of(2021, 10, 31)));
  }
}
