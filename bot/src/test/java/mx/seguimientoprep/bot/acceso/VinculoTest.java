package mx.seguimientoprep.bot.acceso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import org.junit.jupiter.api.Test;

class VinculoTest {

  @Test
  void elAutorDeUnaEscrituraEsLaCuentaYElUsuarioDeTelegram() {
    assertEquals(
        "Capturista López · Telegram 123456789",
        new Vinculo(RolBot.CAPTURISTA, " Capturista López ").autor(123456789L));
    assertEquals("Telegram 42", new Vinculo(RolBot.CAPTURISTA, " ").autor(42L));
  }

  @Test
  void cabeEnLaColumnaDelHistorialSinPerderElUsuarioDeTelegram() {
    String autor = new Vinculo(RolBot.CAPTURISTA, "x".repeat(150)).autor(-1001234567890L);
    assertEquals(100, autor.length());
    assertTrue(autor.endsWith(" · Telegram -1001234567890"));
    new Autoria(autor, Canal.BOT);
  }

  @Test
  void losRolesPorSuNombre() {
    assertEquals(Optional.of(RolBot.CAPTURISTA), RolBot.desdeNombre(" Capturista"));
    assertEquals(Optional.of(RolBot.CONSEJERO), RolBot.desdeNombre("consejero"));
    assertEquals(Optional.empty(), RolBot.desdeNombre("admin"));
    assertTrue(RolBot.CAPTURISTA.puedeRegistrarOficios());
    assertFalse(RolBot.CONSEJERO.puedeRegistrarOficios());
  }
}
