package mx.seguimientoprep.domain.proceso;

import static mx.seguimientoprep.domain.proceso.ProcesoElectoralTest.proceso;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import org.junit.jupiter.api.Test;

class ResolutorProcesoTest {

  private final ProcesoElectoral de2020 =
      proceso("05", "Proceso Electoral Local Ordinario 2020", LocalDate.of(2020, 10, 18));
  private final ProcesoElectoral de2021 =
      proceso("05", "Proceso Electoral Local Ordinario 2021", LocalDate.of(2021, 6, 6));
  private final ResolutorProceso coahuila =
      new ResolutorProceso("Coahuila", List.of(de2020, de2021));

  @Test
  void porNombreOPorAnios() {
    assertSame(de2021, coahuila.resolver("Proceso Electoral Local Ordinario 2021"));
    assertSame(de2021, coahuila.resolver("2021"));
    assertSame(de2020, coahuila.resolver("PEL 2020"));
  }

  @Test
  void laClaveDeLaHojaProcesosEsElNombreSinImportarMayusculasNiAcentos() {
    assertEquals(Optional.of(de2021), coahuila.conNombre("PROCESO ELECTORAL LOCAL ORDINARIO 2021"));
    assertEquals(Optional.empty(), coahuila.conNombre("2021"));
  }

  @Test
  void enBlancoSoloSiLaEntidadTieneUnProceso() {
    ProcesoElectoral durango =
        proceso("10", "Proceso Electoral Local Ordinario 2021-2022", LocalDate.of(2022, 6, 5));
    assertSame(durango, new ResolutorProceso("Durango", List.of(durango)).resolver(null));
    assertSame(durango, new ResolutorProceso("Durango", List.of(durango)).resolver(" "));

    DatoInvalido error = assertThrows(DatoInvalido.class, () -> coahuila.resolver(""));
    assertEquals(
        "Coahuila tiene 2 procesos; indique cuál: Proceso Electoral Local Ordinario 2020;"
            + " Proceso Electoral Local Ordinario 2021.",
        error.getMessage());
    assertEquals(Optional.of("Proceso"), error.campo());
  }

  @Test
  void unoQueNoExisteSeExplica() {
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> coahuila.resolver("2023-2024"));
    assertEquals(
        "«2023-2024» no corresponde a ningún proceso de Coahuila. Procesos registrados:"
            + " Proceso Electoral Local Ordinario 2020; Proceso Electoral Local Ordinario 2021.",
        error.getMessage());
  }

  @Test
  void sinProcesosHayQueRegistrarloPrimero() {
    DatoInvalido error =
        assertThrows(
            DatoInvalido.class, () -> new ResolutorProceso("Colima", List.of()).resolver(""));
    assertEquals(
        "Colima no tiene procesos registrados; registre primero el proceso.", error.getMessage());
  }

  @Test
  void losMismosAniosEnDosProcesosSonAmbiguos() {
    ProcesoElectoral extraordinario =
        proceso("05", "Proceso Electoral Local Extraordinario 2021", null);
    ResolutorProceso conExtraordinario =
        new ResolutorProceso("Coahuila", List.of(de2020, de2021, extraordinario));
    DatoInvalido error = assertThrows(DatoInvalido.class, () -> conExtraordinario.resolver("2021"));
    assertEquals(
        "«2021» corresponde a varios procesos de Coahuila: Proceso Electoral Local Ordinario 2021;"
            + " Proceso Electoral Local Extraordinario 2021. Escriba el nombre completo.",
        error.getMessage());
    assertSame(
        extraordinario, conExtraordinario.resolver("proceso electoral local extraordinario 2021"));
  }
}
