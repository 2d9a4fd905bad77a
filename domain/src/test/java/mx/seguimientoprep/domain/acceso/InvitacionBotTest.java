package mx.seguimientoprep.domain.acceso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;

class InvitacionBotTest {

  private static final Instant AHORA = Instant.parse("2021-10-31T17:00:00Z");

  @Test
  void elCodigoSeGuardaSoloComoHashYSeReconoceComoLoEscribaLaPersona() {
    String codigo = CodigoInvitacion.nuevo();
    assertEquals(12, codigo.length());
    assertTrue(codigo.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), codigo);
    assertEquals(64, CodigoInvitacion.hash(codigo).length());
    assertEquals(
        CodigoInvitacion.hash(codigo), CodigoInvitacion.hash(" " + codigo.toLowerCase() + " "));
    assertNotEquals(CodigoInvitacion.hash(codigo), CodigoInvitacion.hash(CodigoInvitacion.nuevo()));
  }

  @Test
  void sirveUnaSolaVezYVenceALosSieteDias() {
    InvitacionBot invitacion = new InvitacionBot("ABC", "consejero", "Ana López", "admin", AHORA);
    assertEquals(AHORA.plus(Duration.ofDays(7)), invitacion.getExpira());
    assertTrue(invitacion.vigenteAl(AHORA.plus(Duration.ofDays(7))));
    assertFalse(invitacion.vigenteAl(AHORA.plus(Duration.ofDays(7)).plusSeconds(1)));

    VinculoTelegram vinculo = invitacion.canjear(42, "Ana", AHORA.plusSeconds(60));
    assertEquals("consejero", vinculo.getRol());
    assertEquals("Ana López", vinculo.getCuenta());
    assertTrue(vinculo.isActivo());
    assertEquals(42L, invitacion.getUsadaPor());
    assertFalse(invitacion.vigenteAl(AHORA.plusSeconds(61)));
    assertThrows(IllegalStateException.class, () -> invitacion.canjear(43, "Otro", AHORA));
  }

  @Test
  void otraInvitacionReactivaUnVinculoRevocadoConSuRol() {
    VinculoTelegram vinculo =
        new InvitacionBot("A", "consejero", "Ana López", "admin", AHORA).canjear(42, "Ana", AHORA);
    vinculo.revocar(AHORA.plusSeconds(10));
    assertFalse(vinculo.isActivo());
    new InvitacionBot("B", "capturista", "Ana López", "admin", AHORA)
        .canjear(vinculo, "Ana", AHORA.plusSeconds(20));
    assertTrue(vinculo.isActivo());
    assertEquals("capturista", vinculo.getRol());
  }

  @Test
  void sinNombreNoHayInvitacion() {
    assertThrows(
        DatoInvalido.class, () -> new InvitacionBot("A", "consejero", "  ", "admin", AHORA));
  }
}
