package mx.seguimientoprep.domain.estado;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import org.junit.jupiter.api.Test;

/** Los procesos de Coahuila de los informes: la jornada de 2020 se pospuso al 18/10/2020. */
class ProcesoActualTest {

  private static final Entidad COAHUILA =
      OplTsv.entidades().stream().filter(e -> e.getNombre().equals("Coahuila")).findFirst().get();

  private static ProcesoElectoral proceso(String nombre, LocalDate jornada) {
    return new ProcesoElectoral(COAHUILA, nombre, jornada, null, null, null, null, null);
  }

  private final ProcesoElectoral de2020 =
      proceso("Proceso Electoral Local Ordinario 2020", LocalDate.of(2020, 10, 18));
  private final ProcesoElectoral de2021 =
      proceso("Proceso Electoral Local Ordinario 2021", LocalDate.of(2021, 6, 6));
  private final List<ProcesoElectoral> procesos = List.of(de2021, de2020);

  private String actual(List<ProcesoElectoral> procesos, LocalDate fecha) {
    return EstadoPrep.procesoActual(procesos, fecha).orElseThrow().getNombre();
  }

  @Test
  void esElDeJornadaMasProximaEnLaFechaODespues() {
    assertEquals(de2020.getNombre(), actual(procesos, LocalDate.of(2020, 3, 31)));
    assertEquals(de2020.getNombre(), actual(procesos, LocalDate.of(2020, 10, 18)));
    assertEquals(de2021.getNombre(), actual(procesos, LocalDate.of(2020, 10, 19)));
    assertEquals(de2021.getNombre(), actual(procesos, LocalDate.of(2020, 11, 30)));
  }

  @Test
  void pasadasTodasLasJornadasEsElMasReciente() {
    assertEquals(de2021.getNombre(), actual(procesos, LocalDate.of(2022, 1, 1)));
  }

  @Test
  void unProcesoSinJornadaCuentaComoElMasReciente() {
    ProcesoElectoral de2023 = proceso("Proceso Electoral Local Ordinario 2023", null);
    List<ProcesoElectoral> conNuevo = List.of(de2020, de2023, de2021);
    assertEquals(de2023.getNombre(), actual(conNuevo, LocalDate.of(2022, 1, 1)));
    assertEquals(de2021.getNombre(), actual(conNuevo, LocalDate.of(2020, 11, 30)));
  }

  @Test
  void sinProcesosNoHayActual() {
    assertEquals(Optional.empty(), EstadoPrep.procesoActual(List.of(), LocalDate.now()));
  }
}
