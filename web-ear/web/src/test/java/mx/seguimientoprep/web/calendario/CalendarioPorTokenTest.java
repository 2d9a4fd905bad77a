package mx.seguimientoprep.web.calendario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarioPorTokenTest {

  @Test
  void elTokenEsLoQueVaEntreLaBarraYPuntoIcs() {
    assertEquals(Optional.of("ABC23"), CalendarioPorToken.token("/ABC23.ics"));
  }

  @Test
  void otraFormaDeRutaNoTieneToken() {
    assertEquals(Optional.empty(), CalendarioPorToken.token(null));
    assertEquals(Optional.empty(), CalendarioPorToken.token("/"));
    assertEquals(Optional.empty(), CalendarioPorToken.token("/.ics"));
    assertEquals(Optional.empty(), CalendarioPorToken.token("/ABC23"));
    assertEquals(Optional.empty(), CalendarioPorToken.token("/ABC23.ics/otra"));
    assertEquals(Optional.empty(), CalendarioPorToken.token("/ABC/23.ics"));
  }
}
