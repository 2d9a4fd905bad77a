package mx.seguimientoprep.domain.usuario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Un rol con dos palabras: la de la web (`staff`) y la del bot (`capturista`). */
class RolTest {

  @Test
  void laWebYElBotNombranAlMismoRol() {
    assertEquals(Optional.of(Rol.STAFF), Rol.desdeNombre("staff"));
    assertEquals(Optional.of(Rol.STAFF), Rol.delBot(" Capturista"));
    assertEquals(Optional.of("capturista"), Rol.STAFF.nombreEnElBot());
    assertEquals(Optional.of(Rol.CONSEJERO), Rol.delBot("consejero"));
    assertEquals(Optional.of(Rol.CONSEJERO), Rol.desdeNombre("consejero"));
  }

  @Test
  void cadaAdaptadorSoloConoceSusPalabras() {
    assertEquals(Optional.empty(), Rol.delBot("admin"));
    assertEquals(Optional.empty(), Rol.delBot("staff"));
    assertEquals(Optional.empty(), Rol.desdeNombre("capturista"));
    assertEquals(Optional.empty(), Rol.ADMIN.nombreEnElBot());
    assertEquals(Optional.empty(), Rol.delBot(null));
  }
}
