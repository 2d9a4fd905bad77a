package mx.seguimientoprep.domain.entregable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlazoTest {

  private static final LocalDate JORNADA_DURANGO = LocalDate.of(2022, 6, 5);

  private static LocalDate vence(String regla, LocalDate jornada) {
    return Plazo.de(regla).vencimiento(jornada, null).orElseThrow();
  }

  @ParameterizedTest(name = "{0} con jornada 05/06/2022 vence el {1}")
  @CsvSource({
    "J, 2022-06-05",
    "J-9M+5D, 2021-09-10",
    "J-7M+5D, 2021-11-10",
    "J-6M, 2021-12-05",
    "J-51D, 2022-04-15",
    "J-1D, 2022-06-04",
    "J+6D, 2022-06-11",
    "J+24D, 2022-06-29",
    "J+1M, 2022-07-05",
  })
  void cadaFormaDeLaReglaSeCuentaDesdeLaJornada(String regla, LocalDate esperada) {
    assertEquals(esperada, vence(regla, JORNADA_DURANGO));
  }

  @Test
  void alRestarMesesUnDiaInexistenteSeAjustaAlFinDeMes() {
    assertEquals(LocalDate.of(2024, 2, 29), vence("J-3M", LocalDate.of(2024, 5, 31)));
    assertEquals(LocalDate.of(2023, 2, 28), vence("J-3M", LocalDate.of(2023, 5, 31)));
  }

  @Test
  void losTerminosSeAplicanDeIzquierdaADerecha() {
    LocalDate jornada = LocalDate.of(2023, 3, 29);
    assertEquals(LocalDate.of(2023, 3, 2), vence("J-1M+2D", jornada), "28/02 + 2 días");
    assertEquals(LocalDate.of(2023, 2, 28), vence("J+2D-1M", jornada), "31/03 − 1 mes");
  }

  @Test
  void elInformeMensualVenceElDiaCincoDelMesSiguiente() {
    Plazo mensual = Plazo.de("MENSUAL:5");
    assertEquals(
        Optional.of(LocalDate.of(2021, 11, 5)),
        mensual.vencimiento(JORNADA_DURANGO, YearMonth.of(2021, 10)));
    assertEquals(
        Optional.of(LocalDate.of(2022, 1, 5)),
        mensual.vencimiento(JORNADA_DURANGO, YearMonth.of(2021, 12)),
        "diciembre vence en enero del año siguiente");
    assertEquals(
        Optional.of(LocalDate.of(2021, 11, 5)),
        mensual.vencimiento(null, YearMonth.of(2021, 10)),
        "no depende de la jornada");
    assertTrue(mensual.mensual());
  }

  @Test
  void unDiaMensualQueNoExisteEnElMesSeAjustaAlUltimo() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 2, 29)),
        Plazo.de("MENSUAL:31").vencimiento(null, YearMonth.of(2024, 1)));
  }

  @Test
  void unPlazoMensualSinPeriodoEsUnErrorDeProgramacion() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Plazo.de("MENSUAL:5").vencimiento(JORNADA_DURANGO, null));
  }

  @Test
  void sinJornadaUnPlazoRelativoNoTieneFecha() {
    assertEquals(Optional.empty(), Plazo.de("J-9M+5D").vencimiento(null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void enBlancoNoHayRegla(String texto) {
    Plazo plazo = Plazo.de(texto);
    assertTrue(plazo.sinRegla());
    assertFalse(plazo.mensual());
    assertEquals("", plazo.texto());
    assertEquals(Optional.empty(), plazo.vencimiento(JORNADA_DURANGO, YearMonth.of(2021, 10)));
    assertEquals(Plazo.SIN_REGLA, Plazo.de(null));
  }

  @ParameterizedTest(name = "«{0}» se escribe {1}")
  @CsvSource({
    "J-9M+5D, J-9M+5D",
    "j - 09m + 5d, J-9M+5D",
    "J+024D, J+24D",
    "mensual: 05, MENSUAL:5",
    "' J ', J",
  })
  void elTextoQuedaEnFormaCanonicaYVuelveAlMismoPlazo(String texto, String canonico) {
    Plazo plazo = Plazo.de(texto);
    assertEquals(canonico, plazo.texto());
    assertEquals(plazo, Plazo.de(plazo.texto()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "X",
        "J9M",
        "J-9",
        "J-9Y",
        "J--9M",
        "9M",
        "J-9M+",
        "MENSUAL",
        "MENSUAL:",
        "MENSUAL:0",
        "MENSUAL:32",
        "MENSUAL:5D",
        "J-1234D"
      })
  void unaReglaMalEscritaSeRechazaEnEspanol(String texto) {
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> Plazo.de(texto));
    assertTrue(error.getMessage().contains("no es un plazo válido"), error.getMessage());
    assertEquals(Optional.of("Plazo"), error.campo());
  }

  @Test
  void cadaReglaDelCatalogoEsValida() {
    CatalogoTsv.filas().forEach(fila -> Plazo.de(fila.get("plazo")));
  }
}
