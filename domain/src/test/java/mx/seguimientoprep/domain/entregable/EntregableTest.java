package mx.seguimientoprep.domain.entregable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesosDeLosInformes;
import org.junit.jupiter.api.Test;

/** Los entregables del informe de Coahuila de noviembre de 2020. */
class EntregableTest {

  private final ProcesoElectoral coahuila = ProcesosDeLosInformes.coahuila2021();

  private final Entregable informeDeOctubre =
      new Entregable(
          coahuila,
          "E03",
          YearMonth.of(2020, 10),
          null,
          EstadoEntregable.SIN_OBSERVACIONES,
          LocalDate.of(2020, 11, 5),
          new NumeroOficio("IEC/SE/1792/2020"),
          new NumeroOficio("INE/UNICOM/3231/2020"),
          null);

  @Test
  void loEnviadoDespuesDeLaReferenciaAunEstabaPendiente() {
    assertEquals(EstadoEntregable.PENDIENTE, informeDeOctubre.estadoAl(LocalDate.of(2020, 11, 4)));
    assertEquals(
        EstadoEntregable.SIN_OBSERVACIONES, informeDeOctubre.estadoAl(LocalDate.of(2020, 11, 5)));
  }

  @Test
  void seIdentificaPorCodigoYPeriodo() {
    assertTrue(informeDeOctubre.esDe("E03", YearMonth.of(2020, 10)));
    assertFalse(informeDeOctubre.esDe("E03", YearMonth.of(2020, 11)));
    assertFalse(informeDeOctubre.esDe("E03", null));
    assertEquals("2020-10", informeDeOctubre.valores().get("Periodo"));
    assertEquals(
        "Coahuila · Proceso Electoral Local Ordinario 2021 · E03 · 2020-10",
        informeDeOctubre.claveRegistro());
  }

  @Test
  void sinPeriodoElPeriodoEsVacioNoNulo() {
    Entregable acuerdoCotaprep =
        new Entregable(
            coahuila,
            "e04",
            null,
            null,
            EstadoEntregable.SIN_OBSERVACIONES,
            null,
            null,
            null,
            null);
    assertNull(acuerdoCotaprep.getPeriodo());
    assertEquals("E04", acuerdoCotaprep.getCodigo());
    assertTrue(acuerdoCotaprep.esDe("E04", null));
    assertEquals("", acuerdoCotaprep.valores().get("Periodo"));
  }

  @Test
  void seActualizaSoloDesdeElMismoEntregable() {
    Entregable conObservaciones =
        new Entregable(
            coahuila,
            "E03",
            YearMonth.of(2020, 10),
            null,
            EstadoEntregable.CON_OBSERVACIONES,
            LocalDate.of(2020, 11, 5),
            null,
            null,
            "corregido");
    informeDeOctubre.actualizarDesde(conObservaciones);
    assertEquals(EstadoEntregable.CON_OBSERVACIONES, informeDeOctubre.getEstado());
    assertEquals("corregido", informeDeOctubre.getObservaciones());
    Entregable otroPeriodo =
        new Entregable(
            coahuila,
            "E03",
            YearMonth.of(2020, 11),
            null,
            EstadoEntregable.PENDIENTE,
            null,
            null,
            null,
            null);
    assertThrows(
        IllegalArgumentException.class, () -> informeDeOctubre.actualizarDesde(otroPeriodo));
  }
}
