package mx.seguimientoprep.domain.proceso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcesoElectoralTest {

  static final List<Entidad> ENTIDADES = OplTsv.entidades();

  static Entidad entidad(String clave) {
    return ENTIDADES.stream()
        .filter(e -> e.getClave().valor().equals(clave))
        .findFirst()
        .orElseThrow();
  }

  static ProcesoElectoral proceso(String clave, String nombre, LocalDate jornada) {
    return new ProcesoElectoral(entidad(clave), nombre, jornada, null, null, null, null, null);
  }

  private final ProcesoElectoral durango =
      proceso("10", "Proceso Electoral Local Ordinario 2021-2022", LocalDate.of(2022, 6, 5));
  private final ProcesoElectoral coahuila2020 =
      proceso("05", "Proceso Electoral Local Ordinario 2020", LocalDate.of(2020, 10, 18));
  private final ProcesoElectoral cotspel =
      proceso("00", "Procesos Electorales Locales 2019-2020", LocalDate.of(2020, 10, 18));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Proceso Electoral Local Ordinario 2021-2022",
        "proceso electoral local ordinario 2021 2022",
        "2021-2022",
        "2021-22",
        "2021 - 2022",
        "PEL 2021-2022",
        "2022-2021"
      })
  void seReconocePorSuNombreOPorSusAnios(String texto) {
    assertTrue(durango.coincideCon(texto));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "  ", "2021", "2022", "2021-2023", "Proceso Electoral", "2021-2022-2023"})
  void otrosAniosNoLoNombran(String texto) {
    assertFalse(durango.coincideCon(texto));
  }

  @Test
  void dosMilVeinteNombraAlDe2020PeroNoAlDe2019_2020() {
    assertTrue(coahuila2020.coincideCon("2020"));
    assertFalse(cotspel.coincideCon("2020"));
    assertTrue(cotspel.coincideCon("2019-2020"));
    assertTrue(cotspel.coincideCon("2019-20"));
  }

  @Test
  void losAniosDeUnTexto() {
    assertEquals(Set.of(2021, 2022), ProcesoElectoral.aniosEn("Ordinario 2021-22"));
    assertEquals(Set.of(2023, 2024), ProcesoElectoral.aniosEn("Concurrente Ordinario 2023-2024"));
    assertEquals(Set.of(), ProcesoElectoral.aniosEn("Proceso Electoral"));
  }

  @Test
  void suFichaTieneLasColumnasDeLaHojaProcesos() {
    ProcesoElectoral aguascalientes =
        new ProcesoElectoral(
            entidad("01"),
            "Proceso Electoral Concurrente Ordinario 2023-2024",
            LocalDate.of(2024, 6, 2),
            "Coordinación de Informática",
            "L.I. José de Jesús Jaime Carachure",
            new NumeroAcuerdo("CG-A-27/23"),
            Realizacion.OPL,
            null);
    Map<String, String> esperada = new LinkedHashMap<>();
    esperada.put("Entidad", "Aguascalientes");
    esperada.put("Proceso", "Proceso Electoral Concurrente Ordinario 2023-2024");
    esperada.put("Jornada electoral", "02/06/2024");
    esperada.put("Instancia interna", "Coordinación de Informática");
    esperada.put("Titular de la instancia", "L.I. José de Jesús Jaime Carachure");
    esperada.put("Acuerdo de designación", "CG-A-27/23");
    esperada.put("Realización", "OPL");
    esperada.put("Ente auditor", "");
    esperada.put("Seguimiento desde", "");
    esperada.put("Seguimiento hasta", "");
    esperada.put("Jornada original", "");
    esperada.put("Cambio de jornada", "");
    esperada.put("Lineamientos", "");
    assertEquals(esperada, aguascalientes.valores());
    assertEquals(List.copyOf(esperada.keySet()), List.copyOf(aguascalientes.valores().keySet()));
    assertEquals(
        "Aguascalientes · Proceso Electoral Concurrente Ordinario 2023-2024",
        aguascalientes.claveRegistro());
  }

  @Test
  void seActualizaDesdeOtraVersionDelMismoProceso() {
    ProcesoElectoral corregido =
        new ProcesoElectoral(
            entidad("10"),
            "Proceso Electoral Local Ordinario 2021-2022",
            LocalDate.of(2022, 6, 5),
            "Unidad Técnica de Cómputo",
            null,
            null,
            Realizacion.OPL,
            null);
    durango.actualizarDesde(corregido);
    assertEquals("Unidad Técnica de Cómputo", durango.getInstanciaInterna());
    assertEquals(Realizacion.OPL, durango.getRealizacion());
    assertThrows(IllegalArgumentException.class, () -> durango.actualizarDesde(coahuila2020));
  }

  @Test
  void elNombreEsObligatorio() {
    DatoInvalido error =
        assertThrows(DatoInvalido.class, () -> proceso("10", "  ", LocalDate.of(2022, 6, 5)));
    assertEquals("El campo «Proceso» es obligatorio.", error.getMessage());
  }
}
