package mx.seguimientoprep.domain.calendario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Optional;
import mx.seguimientoprep.domain.acceso.CodigoInvitacion;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import org.junit.jupiter.api.Test;

class CalendarioPersonalTest {

  private static final Instant AHORA = Instant.parse("2021-10-31T17:00:00Z");
  private static final ClaveEntidad DURANGO = new ClaveEntidad("10");

  @Test
  void elTokenEsLargoYSoloSeGuardaSuHashComoElDeUnaInvitacion() throws Exception {
    String token = CalendarioPersonal.nuevoToken();
    assertEquals(32, token.length());
    assertTrue(CalendarioPersonal.pareceToken(token), token);
    assertNotEquals(token, CalendarioPersonal.nuevoToken());
    CalendarioPersonal calendario = new CalendarioPersonal(token, "ana", DURANGO, null, AHORA);
    for (Field campo : CalendarioPersonal.class.getDeclaredFields()) {
      campo.setAccessible(true);
      Object valor = Modifier.isStatic(campo.getModifiers()) ? null : campo.get(calendario);
      assertFalse(String.valueOf(valor).contains(token), "el token en claro en " + campo.getName());
    }
    Field hash = CalendarioPersonal.class.getDeclaredField("tokenHash");
    hash.setAccessible(true);
    assertEquals(CodigoInvitacion.hash(token), hash.get(calendario));
    assertEquals(CalendarioPersonal.hashDe(token.toLowerCase()), hash.get(calendario));
  }

  @Test
  void loQueNoTieneLaFormaDeUnTokenNoSeBusca() {
    assertFalse(CalendarioPersonal.pareceToken(null));
    assertFalse(CalendarioPersonal.pareceToken(""));
    assertFalse(CalendarioPersonal.pareceToken("ABC"));
    assertFalse(CalendarioPersonal.pareceToken("0".repeat(32)), "0 no está en el alfabeto");
    assertFalse(CalendarioPersonal.pareceToken("A".repeat(31) + "%"));
    assertFalse(CalendarioPersonal.pareceToken("A".repeat(33)));
    assertTrue(CalendarioPersonal.pareceToken("abcdefghjkmnpqrstuvwxyz23456789A"));
  }

  @Test
  void sinProcesoSigueAlActualYConProcesoLoRecuerda() {
    assertEquals(
        Optional.empty(), new CalendarioPersonal("T", "ana", DURANGO, "  ", AHORA).getProceso());
    assertEquals(
        Optional.of("Proceso Electoral Local Ordinario 2021-2022"),
        new CalendarioPersonal(
                "T", "ana", DURANGO, " Proceso Electoral Local Ordinario 2021-2022 ", AHORA)
            .getProceso());
  }

  @Test
  void elUsoSeAnotaAlMasCadaCincoMinutos() {
    CalendarioPersonal calendario = new CalendarioPersonal("T", "ana", DURANGO, null, AHORA);
    assertEquals(Optional.empty(), calendario.getUsado());
    calendario.usar(AHORA.plusSeconds(10));
    assertEquals(Optional.of(AHORA.plusSeconds(10)), calendario.getUsado());
    calendario.usar(AHORA.plusSeconds(200));
    assertEquals(Optional.of(AHORA.plusSeconds(10)), calendario.getUsado(), "a los 3 minutos no");
    calendario.usar(AHORA.plusSeconds(400));
    assertEquals(Optional.of(AHORA.plusSeconds(400)), calendario.getUsado());
  }
}
