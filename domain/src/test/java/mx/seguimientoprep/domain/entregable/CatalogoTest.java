package mx.seguimientoprep.domain.entregable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogoTest {

  private final Catalogo catalogo = new Catalogo(CatalogoTsv.definiciones());

  @ParameterizedTest
  @CsvSource({
    "E04, E04",
    "e4, E04",
    "E 16, E16",
    "' e16 ', E16",
    "Acuerdo de integración del COTAPREP, E04",
    "ACUERDO DE INTEGRACION DEL COTAPREP, E04",
    "Planes de seguridad y de continuidad, E16",
  })
  void reconoceUnEntregablePorCodigoONombre(String texto, String codigo) {
    assertEquals(codigo, catalogo.buscar(texto).orElseThrow().getCodigo());
  }

  @Test
  void loQueNoEstaEnElCatalogoSeRechazaNombrandoLaColumna() {
    assertEquals(Optional.empty(), catalogo.buscar("E33"));
    DatoInvalido error =
        assertThrows(DatoInvalido.class, () -> catalogo.exigir("Entregable", "E33"));
    assertEquals("«E33» no es un entregable del catálogo (E01 a E32).", error.getMessage());
    assertEquals(Optional.of("Entregable"), error.campo());
  }

  @Test
  void soloElInformeMensualEsMensual() {
    assertEquals(
        List.of("E03"),
        catalogo.definiciones().stream()
            .filter(DefinicionEntregable::mensual)
            .map(DefinicionEntregable::getCodigo)
            .toList());
  }

  @Test
  void elInformeMensualExigeSuPeriodoYLosDemasNoLoAdmiten() {
    DefinicionEntregable informe = catalogo.buscar("E03").orElseThrow();
    DefinicionEntregable acuerdo = catalogo.buscar("E04").orElseThrow();
    informe.validarPeriodo(YearMonth.of(2021, 10));
    acuerdo.validarPeriodo(null);
    DatoInvalido sinPeriodo = assertThrows(DatoInvalido.class, () -> informe.validarPeriodo(null));
    assertEquals(
        "El entregable E03 es mensual: indique el periodo (aaaa-mm).", sinPeriodo.getMessage());
    DatoInvalido conPeriodo =
        assertThrows(DatoInvalido.class, () -> acuerdo.validarPeriodo(YearMonth.of(2021, 10)));
    assertEquals(
        "El entregable E04 no es mensual: deje el periodo en blanco.", conPeriodo.getMessage());
  }

  @Test
  void elPersonalCorrigeLaReglaDelPlazo() {
    DefinicionEntregable informe = catalogo.buscar("E03").orElseThrow();
    informe.corregir(informe.getNombre(), Plazo.de("MENSUAL:10"));
    assertEquals("MENSUAL:10", informe.valores().get("Plazo"));
    assertTrue(informe.mensual());
  }

  @Test
  void elConvertidorGuardaLaReglaCanonicaYSinReglaNada() {
    PlazoConverter convertidor = new PlazoConverter();
    assertEquals("J-9M+5D", convertidor.convertToDatabaseColumn(Plazo.de("j-9m+5d")));
    assertEquals(null, convertidor.convertToDatabaseColumn(Plazo.SIN_REGLA));
    assertEquals(Plazo.SIN_REGLA, convertidor.convertToEntityAttribute(null));
    assertEquals(Plazo.de("J+1M"), convertidor.convertToEntityAttribute("J+1M"));
  }

  @Test
  void unCodigoMalEscritoNoEsUnaDefinicion() {
    assertThrows(DatoInvalido.class, () -> new DefinicionEntregable("4", "Algo", Plazo.SIN_REGLA));
  }
}
