package mx.seguimientoprep.web.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ControlDeAccesoTest {

  @Test
  void elRegistroNuncaEscribeElTokenDeUnCalendario() {
    assertEquals(
        "/prep/calendario/…",
        ControlDeAcceso.paraElRegistro("/prep/calendario/ABCDEFGHJKMNPQRSTUVWXYZ234567892.ics"));
    assertEquals("/prep/api/entidades", ControlDeAcceso.paraElRegistro("/prep/api/entidades"));
    assertEquals("/prep/a?b", ControlDeAcceso.paraElRegistro("/prep/a\nb"));
  }
}
