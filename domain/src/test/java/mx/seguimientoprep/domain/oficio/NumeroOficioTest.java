package mx.seguimientoprep.domain.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroOficioTest {

  @Test
  void losEspaciosAlrededorDeLaDiagonalNoCambianElNumero() {
    NumeroOficio delInforme = new NumeroOficio("INE / UNICOM / 4547 / 2021");
    assertEquals(new NumeroOficio("INE/UNICOM/4547/2021"), delInforme);
    assertEquals("INE/UNICOM/4547/2021", delInforme.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "'  iec/se/1766/2020  ', IEC/SE/1766/2020",
    "IEPC/UTC/21/104, IEPC/UTC/21/104",
    "'DEIE /032/ 2020', DEIE/032/2020",
    "'Oficio   circular\tINE/UNICOM/1', OFICIO CIRCULAR INE/UNICOM/1",
  })
  void seNormaliza(String texto, String valor) {
    assertEquals(valor, new NumeroOficio(texto).valor());
  }

  @Test
  void numerosDistintosSonDistintos() {
    assertNotEquals(new NumeroOficio("IEC/SE/1766/2020"), new NumeroOficio("IEC/SE/1792/2020"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void enBlancoSeRechaza(String texto) {
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> new NumeroOficio(texto));
    assertEquals("El campo «Número» no puede quedar en blanco.", error.getMessage());
    assertEquals(Optional.of("Número"), error.campo());
  }

  @Test
  void admiteHastaOchentaCaracteres() {
    assertEquals(80, new NumeroOficio("A".repeat(80)).valor().length());
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> new NumeroOficio("A".repeat(81)));
    assertTrue(error.getMessage().contains("a lo más 80 caracteres"), error.getMessage());
  }
}
