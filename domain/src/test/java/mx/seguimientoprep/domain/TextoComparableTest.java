package mx.seguimientoprep.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextoComparableTest {

  @ParameterizedTest
  @CsvSource({
    "Número de oficio, numero de oficio",
    "NUMERO DE OFICIO, numero de oficio",
    "No. de oficio, no de oficio",
    "'  Estado   de México  ', estado de mexico",
    "¿Cómo va el PREP de Durango?, como va el prep de durango",
    "Dgo., dgo",
    "B.C.S., b c s",
    "Michoacán de Ocampo, michoacan de ocampo",
    "Orvañanos, orvananos",
    "IEPC/CG139/2021, iepc cg139 2021",
    "'', ''",
  })
  void ignoraAcentosMayusculasYPuntuacion(String texto, String forma) {
    assertEquals(forma, TextoComparable.de(texto));
  }

  @Test
  void nuloEsVacio() {
    assertEquals("", TextoComparable.de(null));
    assertTrue(TextoComparable.iguales("Querétaro", "QUERETARO"));
  }
}
