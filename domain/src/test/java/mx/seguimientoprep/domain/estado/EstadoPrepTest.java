package mx.seguimientoprep.domain.estado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.sesion.TipoSesion;
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

    /**
     * El informe de noviembre solo dice lo de noviembre: E02 (11/09/2020) y el informe de
     * septiembre (05/10/2020) vencieron antes, sin registro; no se sabe si se remitieron.
     */
    @Test
    void loQueVencioAntesDeNoviembreEstaSinRegistroNoVencido() {
      assertEquals(Semaforo.CON_OBSERVACIONES, estado.semaforo(), "E05");
      assertEquals(List.of(), claves(estado.vencidos()));
      List<EntregableEsperado> sinRegistro =
          estado.entregables().stream().filter(EntregableEsperado::sinRegistro).toList();
      assertEquals(List.of("E02", "E03 2020-09"), claves(sinRegistro));
      assertEquals(LocalDate.of(2020, 9, 11), sinRegistro.get(0).fechaLimite());
      assertFalse(sinRegistro.get(0).vencido());
      assertEquals(Optional.of("sin registro antes del 01/11/2020"), estado.sinRegistro());
      assertEquals(
          Optional.of("sin registro antes del 01/11/2020 ni después del 30/11/2020"),
          estado.seguimiento().sinRegistro(LocalDate.of(2021, 10, 31)));
    }

    @Test
    void cuentaLosEntregablesPorEstado() {
      ConteoEntregables conteo = estado.conteo();
      assertEquals(2, conteo.de(EstadoEntregable.SIN_OBSERVACIONES), "E03 de octubre y E04");
      assertEquals(1, conteo.de(EstadoEntregable.CON_OBSERVACIONES), "E05");
      assertEquals(0, conteo.vencidos());
      assertEquals(2, conteo.sinRegistro());
      assertEquals(28, conteo.pendientes());
      assertEquals(33, conteo.total(), "30 entregables sin E01 y 3 informes mensuales");
    }

    /** Un proceso de antes de INE/CG825/2022 no espera E01, que no existía. */
    @Test
    void unProcesoAnteriorALaReformaNoEsperaE01() {
      assertEquals(VersionLineamientos.ANTERIOR, estado.lineamientos());
      assertTrue(estado.entregables().stream().noneMatch(e -> e.codigo().equals("E01")));
      assertTrue(estado.entregables().stream().anyMatch(e -> e.codigo().equals("E02")));
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

    /**
     * La Unidad Técnica de Cómputo cumple «cada paso en tiempo y forma»: nada vencido. E02
     * (10/09/2021) vencía antes de octubre, el mes que el informe cubre: sin registro. E01 no se
     * espera: el proceso es anterior a INE/CG825/2022.
     */
    @Test
    void estaAlDiaSinVencidosYE02SinRegistro() {
      assertEquals(Semaforo.AL_DIA, estado.semaforo());
      assertEquals(List.of(), claves(estado.vencidos()));
      assertEquals(
          List.of("E02"),
          claves(estado.entregables().stream().filter(EntregableEsperado::sinRegistro).toList()));
      assertTrue(estado.entregables().stream().noneMatch(e -> e.codigo().equals("E01")));
      assertEquals(Optional.of("sin registro antes del 01/10/2021"), estado.sinRegistro());
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
      assertEquals(0, estado.conteo().vencidos());
      assertEquals(1, estado.conteo().sinRegistro());
      assertEquals(29, estado.conteo().pendientes());
      assertEquals(32, estado.conteo().total(), "30 entregables sin E01 y 2 informes mensuales");
    }

    /**
     * El informe de noviembre, registrado como enviado el 03/12/2021, no existe todavía al
     * 31/10/2021: el estado a esa fecha no lo espera ni lo cuenta.
     */
    @Test
    void unInformeDeUnMesPosteriorNoCuentaAntesDeSuMes() {
      Expediente demo = DEMO.expediente("Durango", LocalDate.of(2021, 10, 31));
      List<Entregable> conNoviembre = new ArrayList<>(demo.entregables());
      conNoviembre.add(
          new Entregable(
              demo.proceso(),
              "E03",
              YearMonth.of(2021, 11),
              null,
              EstadoEntregable.ENVIADO,
              LocalDate.of(2021, 12, 3),
              new NumeroOficio("IEPC/UTC/21/171"),
              null,
              null));
      Expediente conElFuturo =
          new Expediente(
              demo.proceso(),
              conNoviembre,
              demo.acuerdos(),
              demo.oficios(),
              demo.sesiones(),
              demo.integrantes());
      EstadoPrep alCierreDeOctubre =
          EstadoPrep.calcular(conElFuturo, DEMO.catalogo(), LocalDate.of(2021, 10, 31));
      assertEquals(32, alCierreDeOctubre.conteo().total());
      assertEquals(29, alCierreDeOctubre.conteo().pendientes());
      EstadoPrep alCierreDeDiciembre =
          EstadoPrep.calcular(conElFuturo, DEMO.catalogo(), LocalDate.of(2021, 12, 31));
      assertTrue(
          alCierreDeDiciembre.entregables().stream()
              .anyMatch(
                  e ->
                      e.codigo().equals("E03")
                          && YearMonth.of(2021, 11).equals(e.periodo())
                          && e.estado() == EstadoEntregable.ENVIADO),
          "en diciembre ya cuenta como enviado");
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

    /** Los entregables son obligaciones del OPL: el proceso propio del INE no espera ninguno. */
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
    void cadaIntegranteCuentaDesdeElAcuerdoQueLoNombro() {
      assertEquals(
          List.of(
              "Daniela Alejandra Moctezuma Ochoa",
              "Fabiola Ayulardo Rivera",
              "María Teresa Orvañanos Guerrero",
              "Alexis Reyes Gómez",
              "Gabriel Purón Cid",
              "José de Jesús Jaime Carachure"),
          estado.cotaprep().integrantes().stream().map(MiembroCotaprep::nombre).toList());
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
          List.of("E03 2023-10", "E04", "E05", "E06", "E03 2023-11", "E07"),
          claves(estado.vencidos()));
      assertEquals(LocalDate.of(2023, 12, 2), estado.vencidos().get(3).fechaLimite());
      assertEquals(
          List.of("E01", "E02", "E03 2023-09"),
          claves(estado.entregables().stream().filter(EntregableEsperado::sinRegistro).toList()),
          "vencían antes de noviembre de 2023, el primer mes del informe");
      EntregableEsperado proximo = estado.proximo().orElseThrow();
      assertEquals("E03 2023-12", proximo.codigo() + " " + proximo.periodo());
      assertEquals(LocalDate.of(2024, 1, 5), proximo.fechaLimite());
    }

    @Test
    void cuentaElProcesoTecnicoOperativoYElPrototipo() {
      assertEquals(1, estado.conteo().de(EstadoEntregable.OBSERVACIONES_ATENDIDAS), "E08");
      assertEquals(
          0,
          estado.conteo().de(EstadoEntregable.ENVIADO),
          "el informe no dice que E11 se remitiera");
      assertEquals(35, estado.conteo().total(), "31 entregables y 4 informes mensuales");
      assertEquals(25, estado.conteo().pendientes());
    }
  }

  /** Antes del acuerdo CG-A-43/23 (27/10/2023) el comité de Aguascalientes no existía. */
  @Nested
  class AguascalientesAlCierreDeOctubreDe2021 {

    private final EstadoPrep estado = DEMO.estado("Aguascalientes", LocalDate.of(2021, 10, 31));

    @Test
    void suCotaprepAunNoSeIntegraba() {
      EstadoCotaprep cotaprep = estado.cotaprep();
      assertFalse(cotaprep.integrado());
      assertEquals(Optional.empty(), cotaprep.acuerdo());
      assertEquals(List.of(), cotaprep.integrantes());
      assertEquals(0, cotaprep.numeroIntegrantes());
      assertEquals(Optional.empty(), cotaprep.secretarioTecnico());
    }
  }

  /** coahuila-informe-marzo-2020.txt */
  @Nested
  class CoahuilaAlCierreDeMarzoDe2020 {

    private final EstadoPrep estado = DEMO.estado("Coahuila", LocalDate.of(2020, 3, 31));

    @Test
    void suCotaprepSeInstaloElOnceDeNoviembreDe2019YSuUltimaSesionEsLaCuartaOrdinaria() {
      EstadoCotaprep cotaprep = estado.cotaprep();
      assertEquals("Proceso Electoral Local Ordinario 2020", estado.proceso());
      assertTrue(cotaprep.integrado(), "instalado, aunque el informe no nombre su acuerdo");
      assertEquals(Optional.of(LocalDate.of(2019, 11, 11)), cotaprep.instalacion());
      assertEquals(3, cotaprep.sesionesCelebradas());
      SesionCelebrada ultima = cotaprep.ultimaSesion().orElseThrow();
      assertEquals(TipoSesion.ORDINARIA, ultima.tipo());
      assertEquals(4, ultima.numero());
      assertEquals(LocalDate.of(2020, 3, 30), ultima.fecha());
    }

    /** Los acuerdos de marzo (solo se sabe el mes) se conocen al terminar marzo, no antes. */
    @Test
    void losAcuerdosDeMarzoSeConocenAlTerminarElMes() {
      Expediente expediente = DEMO.expediente("Coahuila", LocalDate.of(2020, 3, 31));
      FechaOMes marzo = expediente.acuerdos().get(0).getFechaOMes();
      assertEquals("marzo de 2020", marzo.texto());
      assertNull(expediente.acuerdos().get(0).getFecha(), "nunca se convierte en un día");
      assertFalse(marzo.conocidaAl(LocalDate.of(2020, 3, 15)));
      assertTrue(marzo.conocidaAl(LocalDate.of(2020, 3, 31)));
      assertEquals(
          Optional.of(LocalDate.of(2020, 3, 30)),
          estado.ultimaActividad(),
          "la cuarta sesión; un mes no es un día de actividad");
      assertEquals(
          5,
          expediente.delMes(YearMonth.of(2020, 3)).acuerdos().size(),
          "IEC/CG/048 a 052/2020 caen en marzo");
      assertEquals(0, expediente.delMes(YearMonth.of(2020, 4)).acuerdos().size());
    }

    /** INE/UNICOM/1068/2020, que responde a IEC/SE/0714/2020, no tiene fecha: no es el último. */
    @Test
    void unOficioSinFechaNoEsElUltimo() {
      assertEquals(
          new NumeroOficio("IEC/SE/0714/2020"),
          DEMO.estado("Coahuila", LocalDate.of(2020, 6, 1)).ultimoOficio().orElseThrow().numero());
    }
  }

  /** coahuila-informe-noviembre-2020.txt, leído un año después */
  @Nested
  class CoahuilaDosMilVeintiunoAlCierreDeOctubreDe2021 {

    @Test
    void noTieneLosTreintaYSieteVencidosFalsos() {
      EstadoPrep estado =
          EstadoPrep.calcular(
              DEMO.expedienteDe("Coahuila", "2021"), DEMO.catalogo(), LocalDate.of(2021, 10, 31));
      assertEquals("Proceso Electoral Local Ordinario 2021", estado.proceso());
      assertEquals(List.of(), estado.vencidos());
      assertEquals(0, estado.conteo().vencidos());
      assertTrue(estado.conteo().sinRegistro() > 30, "lo que vencía fuera de noviembre de 2020");
    }
  }

  /** La jornada de Coahuila 2020 se pospuso del 07/06/2020 al 18/10/2020 el 01/04/2020. */
  @Nested
  class UnaJornadaQueCambia {

    private final EstadoPrep estado =
        EstadoPrep.calcular(
            DEMO.expedienteDe("Coahuila", "2020"), DEMO.catalogo(), LocalDate.of(2020, 12, 31));

    private LocalDate plazo(String codigo) {
      return estado.entregables().stream()
          .filter(e -> e.codigo().equals(codigo))
          .findFirst()
          .orElseThrow()
          .fechaLimite();
    }

    @Test
    void loQueVencioAntesDelCambioConservaSuPlazoLoDemasSigueALaNuevaJornada() {
      assertEquals(LocalDate.of(2020, 6, 7), estado.jornadaOriginal());
      assertEquals(LocalDate.of(2020, 4, 1), estado.cambioDeJornada());
      assertEquals(LocalDate.of(2020, 10, 18), estado.jornada());
      assertEquals(LocalDate.of(2020, 3, 12), plazo("E15"), "J-3M+5D con la jornada original");
      assertEquals(LocalDate.of(2020, 11, 18), plazo("E29"), "J+1M con la nueva jornada");
    }
  }
}
