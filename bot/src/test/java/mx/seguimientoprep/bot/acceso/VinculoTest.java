package mx.seguimientoprep.bot.acceso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.usuario.Rol;
import org.junit.jupiter.api.Test;

class VinculoTest {

  @Test
  void elAutorDeUnaEscrituraEsLaCuentaYElUsuarioDeTelegram() {
    assertEquals(
        "Capturista López · Telegram 123456789",
        new Vinculo(Rol.STAFF, " Capturista López ").autor(123456789L));
    assertEquals("Telegram 42", new Vinculo(Rol.STAFF, " ").autor(42L));
  }

  @Test
  void cabeEnLaColumnaDelHistorialSinPerderElUsuarioDeTelegram() {
    String autor = new Vinculo(Rol.STAFF, "x".repeat(150)).autor(-1001234567890L);
    assertEquals(100, autor.length());
    assertTrue(autor.endsWith(" · Telegram -1001234567890"));
    new Autoria(autor, Canal.BOT);
  }

  @Test
  void losRolesPorSuNombreEnElBot() {
    assertEquals(Optional.of(Rol.STAFF), Rol.delBot(" Capturista"));
    assertEquals(Optional.of(Rol.CONSEJERO), Rol.delBot("consejero"));
    assertEquals(Optional.empty(), Rol.delBot("admin"));
    assertEquals("capturista", new Vinculo(Rol.STAFF, "Ana").nombreDelRol());
    assertEquals("consejero", new Vinculo(Rol.CONSEJERO, "Ana").nombreDelRol());
    assertThrows(IllegalArgumentException.class, () -> new Vinculo(Rol.ADMIN, "Ana"));
  }
}
