package mx.seguimientoprep.domain.informe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.estado.DatosDemo;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import org.junit.jupiter.api.Test;

/** Qué informe mensual remite un oficio: el de los datos de la demostración y otros. */
class EnvioDelInformeTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();
  private static final ProcesoElectoral DURANGO = DEMO.procesosDe("Durango").get(0);

  private static Oficio oficio(Sentido sentido, LocalDate fecha, String asunto, String... codigos) {
    return new Oficio(
        DURANGO,
        new NumeroOficio("IEPC/UTC/21/900"),
        fecha,
        sentido,
        "Unidad Técnica de Cómputo",
        "UNICOM",
        asunto,
        List.of(codigos),
        null,
        null,
        null);
  }

  @Test
  void elDeCoahuilaRemiteElInformeDeOctubre() {
    Oficio remite =
        DEMO.oficios().stream()
            .filter(o -> o.getNumero().valor().equals("IEC/SE/1792/2020"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(YearMonth.of(2020, 10)), EnvioDelInforme.mesQueRemite(remite));
  }

  @Test
  void sinMesEnElAsuntoEsElMesAnteriorAlOficio() {
    assertEquals(
        Optional.of(YearMonth.of(2021, 10)),
        EnvioDelInforme.mesQueRemite(
            oficio(Sentido.ENVIADO_AL_INE, LocalDate.of(2021, 11, 4), "Remite el informe", "E03")));
  }

  @Test
  void elMesDelAsuntoEsElUltimoAnteriorAlOficio() {
    assertEquals(
        Optional.of(YearMonth.of(2020, 12)),
        EnvioDelInforme.mesQueRemite(
            oficio(
                Sentido.ENVIADO_AL_INE,
                LocalDate.of(2021, 1, 8),
                "Remite el informe del mes de diciembre",
                "E03")));
  }

  @Test
  void sinE03OSinEnviarAlIneNoRemiteInforme() {
    assertEquals(
        Optional.empty(),
        EnvioDelInforme.mesQueRemite(
            oficio(Sentido.ENVIADO_AL_INE, LocalDate.of(2021, 11, 4), "Remite el plan", "E05")));
    assertEquals(
        Optional.empty(),
        EnvioDelInforme.mesQueRemite(
            oficio(
                Sentido.RECIBIDO_DEL_INE, LocalDate.of(2021, 11, 9), "Sin observaciones", "E03")));
  }
}
