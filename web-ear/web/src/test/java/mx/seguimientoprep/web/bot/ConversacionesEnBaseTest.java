package mx.seguimientoprep.web.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversacionesEnBaseTest {

  @Test
  void elEstadoGuardadoSeLeeIgualAunConSignosDelFormato() {
    Map<String, String> mapa = new LinkedHashMap<>();
    mapa.put("version", "1");
    mapa.put("asunto", "Remite el informe & acuerdo IEC/CG/145/2020 = 100% «listo»");
    mapa.put("entregables", "E03,E04");
    assertEquals(mapa, ConversacionesEnBase.leer(ConversacionesEnBase.escribir(mapa)));
  }

  @Test
  void unTextoQueNoEsUnEstadoSeRechaza() {
    assertThrows(IllegalArgumentException.class, () -> ConversacionesEnBase.leer("basura"));
  }
}
