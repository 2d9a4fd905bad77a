package mx.seguimientoprep.domain.estado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * El estado calculado sobre los hechos de los informes semilla (los datos de ../demo). Las cifras
 * esperadas se obtuvieron a mano de los informes y de las reglas del catálogo.
 */
class EstadoPrepTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();

  private static List<String> claves(List<EntregableEsperado> entregables) {
    return entregables.stream()
        .map(e -> e.periodo() == null ? e.codigo() : e.codigo() + " " + e.periodo())
        .toList();
  }

  /** coahuila-informe-noviembre-2020.txt */
  @Nested
  class CoahuilaAlCierreDeNoviembreDe2020 {

    private final EstadoPrep estado = DEMO.estado("Coahuila", LocalDate.of(2020, 11, 30));

    @Test
    void elProcesoActualEsElDe2021PorqueLaJornadaDe2020YaPaso() {
      assertEquals("Proceso Electoral Local Ordinario 2021", estado.proceso());
      assertEquals(LocalDate.of(2021, 6, 6), estado.jornada());
      assertEquals(Optional.of(188L), estado.diasParaJornada());
      assertEquals("Dirección Ejecutiva de Innovación Electoral", estado.instanciaInterna());
      assertEquals("Ing. Jorge Gallegos Valdés", estado.titularInstancia());
      assertEquals("05", estado.claveEntidad().valor());
      assertEquals("IEC", estado.siglas());
    }

    @Test
    void elCotaprepSeIntegroPorElAcuerdoIec1452020YSeInstaloElSeisDeNoviembre() {
      EstadoCotaprep cotaprep = estado.cotaprep();
      assertEquals(Optional.of(new NumeroAcuerdo("IEC/CG/145/2020")), cotaprep.acuerdo());
      assertEquals(Optional.of(LocalDate.of(2020, 11, 3)), cotaprep.fechaAcuerdo());
      assertEquals(Optional.of(LocalDate.of(2020, 11, 6)), cotaprep.instalacion());
      assertEquals(1, cotaprep.sesionesCelebradas());
      assertEquals(0, cotaprep.reunionesCelebradas());
      assertTrue(cotaprep.integrantes().isEmpty(), "el informe no nombra a los integrantes");
    }

    @Test
    void elUltimoOficioTraeObservacionesAlPlanDeTrabajoDelCotaprep() {
      UltimoOficio oficio = estado.ultimoOficio().orElseThrow();
      assertEquals(new NumeroOficio("INE/UNICOM/3320/2020"), oficio.numero());
      assertEquals(LocalDate.of(2020, 11, 17), oficio.fecha());
      assertEquals(Sentido.RECIBIDO_DEL_INE, oficio.sentido());
      assertEquals(Optional.of(ResultadoRevision.CON_OBSERVACIONES), oficio.resultado());
    }

    @Test
    void losEntregablesNoRegistradosDeSeptiembreEstanVencidos() {
      assertEquals(Semaforo.VENCIDOS, estado.semaforo());
      assertEquals(List.of("E01", "E02", "E03 2020-09"), claves(estado.vencidos()));
      assertEquals(LocalDate.of(2020, 9, 11), estado.vencidos().get(0).fechaLimite());
      assertEquals(LocalDate.of(2020, 10, 5), estado.vencidos().get(2).fechaLimite());
    }

    @Test
    void cuentaLosEntregablesPorEstado() {
      ConteoEntregables conteo = estado.conteo();
      assertEquals(2, conteo.de(EstadoEntregable.SIN_OBSERVACIONES), "E03 de octubre y E04");
      assertEquals(1, conteo.de(EstadoEntregable.CON_OBSERVACIONES), "E05");
      assertEquals(3, conteo.vencidos());
      assertEquals(28, conteo.pendientes());
      assertEquals(34, conteo.total(), "31 entregables y 3 informes mensuales");
    }

    @Test
    void elProximoEsElInformeDeNoviembre() {
      EntregableEsperado proximo = estado.proximo().orElseThrow();
      assertEquals("E03", proximo.codigo());
      assertEquals(YearMonth.of(2020, 11), proximo.periodo());
      assertEquals(LocalDate.of(2020, 12, 5), proximo.fechaLimite());
    }

    @Test
    void laUltimaActividadEsLaSesionDelConsejoDelVeinteDeNoviembre() {
      assertEquals(Optional.of(LocalDate.of(2020, 11, 20)), estado.ultimaActividad());
    }
  }

  /** durango-informe-octubre-2021.txt */
  @Nested
  class DurangoAlCierreDeOctubreDe2021 {

    private final EstadoPrep estado = DEMO.estado("Durango", LocalDate.of(2021, 10, 31));

    @Test
    void faltan217DiasParaLaJornada() {
      assertEquals("Proceso Electoral Local Ordinario 2021-2022", estado.proceso());
      assertEquals(LocalDate.of(2022, 6, 5), estado.jornada());
      assertEquals(Optional.of(217L), estado.diasParaJornada());
      assertEquals("Unidad Técnica de Cómputo", estado.instanciaInterna());
    }

    @Test
    void e01YE02VencieronElDiezDeSeptiembre() {
      assertEquals(Semaforo.VENCIDOS, estado.semaforo());
      assertEquals(List.of("E01", "E02"), claves(estado.vencidos()));
      estado
          .vencidos()
          .forEach(v -> assertEquals(LocalDate.of(2021, 9, 10), v.fechaLimite(), v.codigo()));
    }

    @Test
    void elProximoEsElInformeDeOctubreAlCincoDeNoviembre() {
      EntregableEsperado proximo = estado.proximo().orElseThrow();
      assertEquals("E03", proximo.codigo());
      assertEquals(YearMonth.of(2021, 10), proximo.periodo());
      assertEquals(LocalDate.of(2021, 11, 5), proximo.fechaLimite());
    }

    @Test
    void cuentaLosEnviosDelInformeDeSeptiembreYDelAcuerdoDelCotaprep() {
      assertEquals(2, estado.conteo().de(EstadoEntregable.ENVIADO));
      assertEquals(2, estado.conteo().vencidos());
      assertEquals(29, estado.conteo().pendientes());
      assertEquals(33, estado.conteo().total());
    }

    @Test
    void elCotaprepSeIntegroPorIepcCg1392021SinSesionesAun() {
      EstadoCotaprep cotaprep = estado.cotaprep();
      assertEquals(Optional.of(new NumeroAcuerdo("IEPC/CG139/2021")), cotaprep.acuerdo());
      assertEquals(Optional.of(LocalDate.of(2021, 10, 27)), cotaprep.fechaAcuerdo());
      assertEquals(Optional.empty(), cotaprep.instalacion());
      assertEquals(0, cotaprep.sesionesCelebradas());
    }

    @Test
    void elUltimoOficioEsLaRespuestaDeLaSecretariaEjecutiva() {
      UltimoOficio oficio = estado.ultimoOficio().orElseThrow();
      assertEquals(new NumeroOficio("IEPC/SE/2119/2021"), oficio.numero());
      assertEquals(LocalDate.of(2021, 10, 27), oficio.fecha());
      assertEquals(Sentido.ENVIADO_AL_INE, oficio.sentido());
      assertEquals(Optional.empty(), oficio.resultado());
    }

    @Test
    void laUltimaActividadEsElEnvioDelAcuerdoDelCotaprep() {
      assertEquals(Optional.of(LocalDate.of(2021, 10, 29)), estado.ultimaActividad());
    }
  }

  @Nested
  class ElEstadoEsComoEstabaEnLaFechaDeReferencia {

    @Test
    void loEnviadoDespuesDeLaReferenciaAunEstabaPendiente() {
      EstadoPrep estado = DEMO.estado("Durango", LocalDate.of(2021, 10, 28));
      EntregableEsperado acuerdoCotaprep =
          estado.entregables().stream().filter(e -> e.codigo().equals("E04")).findFirst().get();
      assertEquals(EstadoEntregable.PENDIENTE, acuerdoCotaprep.estado());
      assertEquals(1, estado.conteo().de(EstadoEntregable.ENVIADO));
      assertEquals(Optional.of(LocalDate.of(2021, 10, 27)), estado.ultimaActividad());
    }

    @Test
    void losOficiosYAcuerdosPosterioresNoSeVen() {
      EstadoPrep estado = DEMO.estado("Durango", LocalDate.of(2021, 10, 20));
      assertEquals(
          new NumeroOficio("IEPC/UTC/21/104"), estado.ultimoOficio().orElseThrow().numero());
      assertEquals(Optional.empty(), estado.cotaprep().acuerdo());
      assertEquals(Optional.of(LocalDate.of(2021, 10, 11)), estado.ultimaActividad());
    }

    /** The deliverables are the OPL's obligations: INE's own process expects none of them. */
    @Test
    void elProcesoDelIneNoEsperaLosEntregablesDeLosOpl() {
      EstadoPrep estado = DEMO.estado("INE", LocalDate.of(2021, 10, 31));
      assertEquals(List.of(), estado.entregables());
      assertEquals(List.of(), estado.vencidos());
      assertEquals(Optional.empty(), estado.proximo());
      EstadoPrep coahuila = DEMO.estado("Coahuila", LocalDate.of(2020, 3, 31));
      assertFalse(coahuila.entregables().isEmpty(), "un OPL sí los espera");
    }

    @Test
    void lasReunionesProgramadasNoSonActividad() {
      EstadoPrep estado = DEMO.estado("INE", LocalDate.of(2020, 1, 31));
      assertEquals("Procesos Electorales Locales 2019-2020", estado.proceso());
      assertEquals(Optional.empty(), estado.ultimaActividad());
    }
  }

  /** aguascalientes-cotaprep-primer-informe-2023.txt */
  @Nested
  class AguascalientesAlCierreDe2023 {

    private final EstadoPrep estado = DEMO.estado("Aguascalientes", LocalDate.of(2023, 12, 31));

    @Test
    void elCotaprepTieneCincoIntegrantesYUnSecretarioTecnico() {
      EstadoCotaprep cotaprep = estado.cotaprep();
      assertEquals(5, cotaprep.numeroIntegrantes());
      assertEquals(Optional.of("José de Jesús Jaime Carachure"), cotaprep.secretarioTecnico());
      assertEquals(6, cotaprep.integrantes().size());
      assertEquals(Optional.of(new NumeroAcuerdo("CG-A-43/23")), cotaprep.acuerdo());
      assertEquals(Optional.of(LocalDate.of(2023, 10, 27)), cotaprep.fechaAcuerdo());
    }

    @Test
    void seInstaloElPrimeroDeNoviembre() {
      assertEquals(Optional.of(LocalDate.of(2023, 11, 1)), estado.cotaprep().instalacion());
    }

    /**
     * El informe concluye que el comité «ha celebrado su Sesión de Instalación y Primera Sesión
     * Ordinaria»; las otras cuatro fueron reuniones (dos internas, dos con partidos).
     */
    @Test
    void celebroDosSesionesYCuatroReuniones() {
      assertEquals(2, estado.cotaprep().sesionesCelebradas());
      assertEquals(4, estado.cotaprep().reunionesCelebradas());
    }

    @Test
    void laUltimaActividadEsLaSegundaReunionConPartidos() {
      assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), estado.ultimaActividad());
      assertEquals(Optional.empty(), estado.ultimoOficio());
    }

    @Test
    void losVencidosSeOrdenanPorFechaLimite() {
      assertEquals(
          List.of(
              "E01",
              "E02",
              "E03 2023-09",
              "E03 2023-10",
              "E04",
              "E05",
              "E06",
              "E03 2023-11",
              "E07"),
          claves(estado.vencidos()));
      assertEquals(LocalDate.of(2023, 12, 2), estado.vencidos().get(6).fechaLimite());
      EntregableEsperado proximo = estado.proximo().orElseThrow();
      assertEquals("E03 2023-12", proximo.codigo() + " " + proximo.periodo());
      assertEquals(LocalDate.of(2024, 1, 5), proximo.fechaLimite());
    }

    @Test
    void cuentaElProcesoTecnicoOperativoYElPrototipo() {
      assertEquals(1, estado.conteo().de(EstadoEntregable.OBSERVACIONES_ATENDIDAS), "E08");
      assertEquals(1, estado.conteo().de(EstadoEntregable.ENVIADO), "E11");
      assertEquals(35, estado.conteo().total(), "31 entregables y 4 informes mensuales");
      assertEquals(24, estado.conteo().pendientes());
    }
  }
}
