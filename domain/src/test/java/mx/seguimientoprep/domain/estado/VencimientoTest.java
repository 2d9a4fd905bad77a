package mx.seguimientoprep.domain.estado;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lo que vence en una ventana de días, de todas las entidades, sobre los datos de ../demo. */
class VencimientoTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();

  private static final LocalDate REFERENCIA = LocalDate.of(2021, 10, 31);

  private static List<String> renglones(List<Vencimiento> vencimientos) {
    return vencimientos.stream()
        .map(
            v ->
                v.entregable().fechaLimite()
                    + " "
                    + v.estado().nombreEntidad()
                    + " "
                    + v.entregable().codigo()
                    + (v.entregable().periodo() == null ? "" : " " + v.entregable().periodo())
                    + " "
                    + v.diasRestantes())
        .toList();
  }

  private static List<EstadoPrep> estados() {
    return List.of(
        DEMO.estado("Durango", REFERENCIA),
        DEMO.estado("Coahuila", REFERENCIA),
        DEMO.estado("Aguascalientes", REFERENCIA));
  }

  /**
   * Durango al 31/10/2021: el informe de octubre, el plan del COTAPREP, E06 y E07; E04 ya se envió.
   */
  @Test
  void losSesentaDiasDespuesDelInformeDeDurangoPorFecha() {
    assertEquals(
        List.of(
            "2021-11-05 Durango E03 2021-10 5",
            "2021-11-10 Durango E05 10",
            "2021-12-05 Durango E06 35",
            "2021-12-10 Durango E07 40"),
        renglones(Vencimiento.entre(estados(), REFERENCIA, REFERENCIA.plusDays(60))));
  }

  @Test
  void laVentanaIncluyeSusDosExtremos() {
    assertEquals(
        List.of("2021-11-05 Durango E03 2021-10 5", "2021-11-10 Durango E05 10"),
        renglones(
            Vencimiento.entre(estados(), LocalDate.of(2021, 11, 5), LocalDate.of(2021, 11, 10))));
  }

  @Test
  void loYaEnviadoOVencidoNoVence() {
    EstadoPrep durango = DEMO.estado("Durango", REFERENCIA);
    assertEquals(
        List.of(),
        durango.pendientesEntre(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 30)),
        "E01, E02 y el informe de septiembre vencieron antes de la referencia y no están pendientes");
  }
}
