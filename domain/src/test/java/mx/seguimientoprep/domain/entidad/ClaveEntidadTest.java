package mx.seguimientoprep.domain.entidad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaveEntidadTest {

  @ParameterizedTest
  @CsvSource({"5, 05", "05, 05", "' 5 ', 05", "0, 00", "00, 00", "32, 32", "10, 10"})
  void seEscribeConDosDigitos(String texto, String valor) {
    assertEquals(valor, new ClaveEntidad(texto).valor());
    assertEquals(valor, new ClaveEntidad(texto).toString());
  }

  @Test
  void cincoYCeroCincoSonLaMismaClave() {
    assertEquals(new ClaveEntidad("5"), new ClaveEntidad("05"));
    assertEquals(new ClaveEntidad("05"), ClaveEntidad.de(5));
    assertEquals(5, new ClaveEntidad("05").numero());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "33", "99", "-1", "5a", "005", "uno", "1.0"})
  void fueraDe00A32NoEsClave(String texto) {
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> new ClaveEntidad(texto));
    assertTrue(error.getMessage().contains("va de 00 a 32"), error.getMessage());
  }
}
