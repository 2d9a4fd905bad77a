package mx.seguimientoprep.domain.entidad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;

class EntidadTest {

  private final Entidad edomex =
      new Entidad(
          new ClaveEntidad("15"),
          "Estado de México",
          "IEEM",
          "Instituto Electoral del Estado de México",
          List.of("México", "Edomex", "Edo. Mex.", "Méx."));

  @Test
  void guardaLosAliasComoLosDaOpl() {
    assertEquals(List.of("México", "Edomex", "Edo. Mex.", "Méx."), edomex.alias());
  }

  @Test
  void susFormasSonClaveNombreAliasSiglasYNombreOficial() {
    assertEquals(
        List.of(
            "15",
            "Estado de México",
            "México",
            "Edomex",
            "Edo. Mex.",
            "Méx.",
            "IEEM",
            "Instituto Electoral del Estado de México"),
        edomex.formas());
  }

  @Test
  void sinAliasNoHayAlias() {
    Entidad sinAlias =
        new Entidad(new ClaveEntidad("0"), "INE", "INE", "Instituto Nacional Electoral", null);
    assertEquals(List.of(), sinAlias.alias());
    assertEquals("00", sinAlias.getClave().valor());
  }

  @Test
  void dosEntidadesSonLaMismaSiTienenLaMismaClave() {
    Entidad otra = new Entidad(new ClaveEntidad("15"), "México", "IEEM", "IEEM", List.of());
    assertEquals(edomex, otra);
    assertNotEquals(edomex, OplTsv.entidades().get(1));
  }

  @Test
  void elNombreEsObligatorio() {
    assertThrows(
        DatoInvalido.class,
        () -> new Entidad(new ClaveEntidad("15"), " ", "IEEM", "IEEM", List.of()));
  }
}
