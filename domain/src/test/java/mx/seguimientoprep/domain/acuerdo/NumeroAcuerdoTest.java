package mx.seguimientoprep.domain.acuerdo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeroAcuerdoTest {

  @ParameterizedTest
  @CsvSource({
    "IEC/CG/145/2020, IEC/CG/145/2020",
    "'iec / cg / 145 / 2020', IEC/CG/145/2020",
    "' CG-A-43/23 ', CG-A-43/23",
    "cg-a-43 / 23, CG-A-43/23",
    "IEPC/CG139/2021, IEPC/CG139/2021",
    "INE/CG825/2022, INE/CG825/2022",
  })
  void seNormalizaComoUnNumeroDeOficio(String texto, String valor) {
    assertEquals(valor, new NumeroAcuerdo(texto).valor());
    assertEquals(new NumeroAcuerdo(valor), new NumeroAcuerdo(texto));
  }

  @Test
  void enBlancoSeRechazaNombrandoLaColumnaAcuerdo() {
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> new NumeroAcuerdo(" "));
    assertEquals(Optional.of("Acuerdo"), error.campo());
  }
}
