package mx.seguimientoprep.domain.aviso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos.OficioRegistrado;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos.Pasada;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.estado.DatosDemo;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Qué avisos envía una pasada, sobre los hechos de Durango del informe de octubre de 2021. */
class PlanDeAvisosTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();
  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
  private static final ClaveEntidad DURANGO = new ClaveEntidad("10");
  private static final ReglasDeAvisos REGLAS = ReglasDeAvisos.PREDETERMINADAS;
  private static final SuscripcionVigente CONSEJERA =
      new SuscripcionVigente(1, 11, 11, DURANGO, Instant.parse("2021-01-01T00:00:00Z"));
  private static final SuscripcionVigente GRUPO =
      new SuscripcionVigente(2, 22, -100, DURANGO, Instant.parse("2021-01-01T00:00:00Z"));

  private static Instant local(String fechaHora) {
    return LocalDateTime.parse(fechaHora).atZone(MEXICO).toInstant();
  }

  /** La pasada con el estado de Durango al día local del momento, como la hace el servidor. */
  private static Pasada pasada(
      Instant momento, ReglasDeAvisos reglas, Set<LlaveDeAviso> registrados) {
    LocalDate hoy = momento.atZone(reglas.zona()).toLocalDate();
    EstadoPrep estado = DEMO.estado("Durango", hoy);
    List<Oficio> oficios = DEMO.expediente("Durango", hoy).oficios();
    return PlanDeAvisos.delDia(
        momento,
        reglas,
        List.of(CONSEJERA),
        Map.of(DURANGO, estado),
        Map.of(DURANGO, oficios),
        registrados);
  }

  private static Pasada pasada(Instant momento) {
    return pasada(momento, REGLAS, Set.of());
  }

  private static List<String> asuntos(Pasada pasada) {
    return pasada.porEnviar().stream().map(a -> a.tipo() + " " + a.asunto()).toList();
  }

  @Nested
  class AntesDelVencimiento {

    @Test
    void sieteDiasAntesDelInformeDeOctubreSaleSuAviso() {
      Pasada pasada = pasada(local("2021-10-29T08:00"));

      assertEquals(List.of("VENCIMIENTO E03 2021-10 2021-11-05 7d"), asuntos(pasada));
      ContenidoDeAviso.Vencimiento aviso =
          (ContenidoDeAviso.Vencimiento) pasada.porEnviar().get(0).contenido();
      assertEquals(YearMonth.of(2021, 10), aviso.entregable().periodo());
      assertEquals(7, aviso.dias());
      assertEquals("Durango", aviso.nombreEntidad());
      assertEquals(LocalDate.of(2021, 11, 5), pasada.porEnviar().get(0).fecha());
    }

    @Test
    void unaSegundaPasadaNoEnviaNadaYCuentaLoOmitido() {
      Pasada primera = pasada(local("2021-10-29T08:00"));
      Set<LlaveDeAviso> registrados =
          primera.porEnviar().stream().map(AvisoPlaneado::llave).collect(Collectors.toSet());

      Pasada segunda = pasada(local("2021-10-29T08:01"), REGLAS, registrados);

      assertEquals(List.of(), segunda.porEnviar());
      assertEquals(1, segunda.omitidos());
    }

    /**
     * El informe de octubre se envió el 04/11/2021 (el día en que tocaba el aviso de 1 día): ese
     * día ya no es pendiente y no tiene aviso.
     */
    @Test
    void cadaUmbralUnaVezAunqueLaPasadaCorraCadaDia() {
      Set<LlaveDeAviso> registrados = new HashSet<>();
      StringBuilder enviados = new StringBuilder();
      for (LocalDate dia = LocalDate.of(2021, 10, 27);
          dia.isBefore(LocalDate.of(2021, 11, 12));
          dia = dia.plusDays(1)) {
        Pasada pasada = pasada(REGLAS.pasadaDel(dia), REGLAS, registrados);
        for (AvisoPlaneado aviso : pasada.porEnviar()) {
          registrados.add(aviso.llave());
          if (aviso.tipo() != TipoDeAviso.VENCIMIENTO) {
            continue;
          }
          enviados.append(dia).append(' ').append(aviso.asunto()).append('\n');
        }
      }

      assertEquals(
          List.of(
              "2021-10-29 E03 2021-10 2021-11-05 7d",
              "2021-11-03 E05 - 2021-11-10 7d",
              "2021-11-09 E05 - 2021-11-10 1d"),
          enviados.toString().lines().toList());
    }

    @Test
    void unaPasadaQueNoCorrioElDiaJustoLoEnviaDespuesConLosDiasQueFaltan() {
      Pasada pasada = pasada(local("2021-11-01T09:00"));

      AvisoPlaneado aviso =
          pasada.porEnviar().stream()
              .filter(a -> a.tipo() == TipoDeAviso.VENCIMIENTO)
              .findFirst()
              .orElseThrow();
      assertEquals("E03 2021-10 2021-11-05 7d", aviso.asunto());
      assertEquals(4, ((ContenidoDeAviso.Vencimiento) aviso.contenido()).dias());
    }

    @Test
    void unEntregableEnviadoNoTieneAvisos() {
      // E04 (acuerdo de integración del COTAPREP) vence el 10/11/2021 y se envió el 29/10/2021;
      // E05, del mismo plazo, sigue pendiente.
      Pasada pasada = pasada(local("2021-11-03T08:00"));

      assertTrue(asuntos(pasada).contains("VENCIMIENTO E05 - 2021-11-10 7d"));
      assertTrue(asuntos(pasada).stream().noneMatch(a -> a.contains("E04")));
      EntregableEsperado e04 =
          DEMO.estado("Durango", LocalDate.of(2021, 11, 3)).entregables().stream()
              .filter(e -> e.codigo().equals("E04"))
              .findFirst()
              .orElseThrow();
      assertEquals(LocalDate.of(2021, 11, 10), e04.fechaLimite());
      assertFalse(e04.pendiente());
    }

    @Test
    void losDiasSeConfiguran() {
      ReglasDeAvisos tresDias =
          new ReglasDeAvisos(DayOfWeek.MONDAY, LocalTime.of(8, 0), List.of(3), MEXICO);

      assertEquals(
          List.of(),
          asuntos(pasada(tresDias.pasadaDel(LocalDate.of(2021, 10, 29)), tresDias, Set.of())));
      assertEquals(
          List.of("VENCIMIENTO E03 2021-10 2021-11-05 3d"),
          asuntos(pasada(tresDias.pasadaDel(LocalDate.of(2021, 11, 2)), tresDias, Set.of())));
    }
  }

  @Nested
  class ZonaHoraria {

    @Test
    void aLas2330DelDiaAnteriorAunNoEsElDiaDelAvisoAunqueEnUtcSi() {
      Instant momento = local("2021-10-28T23:30");
      assertEquals(Instant.parse("2021-10-29T04:30:00Z"), momento);

      assertEquals(List.of(), pasada(momento).porEnviar());
    }

    @Test
    void aLas2330DelDiaDelAvisoSaleAunqueEnUtcYaEsElDiaSiguiente() {
      Instant momento = local("2021-10-29T23:30");
      assertEquals(Instant.parse("2021-10-30T04:30:00Z"), momento);

      assertEquals(List.of("VENCIMIENTO E03 2021-10 2021-11-05 7d"), asuntos(pasada(momento)));
    }

    @Test
    void aLas0030NoSaleNadaAntesDeLaHoraConfigurada() {
      assertEquals(List.of(), pasada(local("2021-10-29T00:30")).porEnviar());
      assertEquals(List.of(), pasada(local("2021-10-29T07:59")).porEnviar());
    }

    @Test
    void conLaHoraALaMedianocheAlas0030YaEsElDiaNuevo() {
      ReglasDeAvisos medianoche =
          new ReglasDeAvisos(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, List.of(7, 1), MEXICO);

      assertEquals(
          List.of("VENCIMIENTO E03 2021-10 2021-11-05 7d"),
          asuntos(pasada(local("2021-10-29T00:30"), medianoche, Set.of())));
      assertEquals(List.of(), pasada(local("2021-10-28T23:30"), medianoche, Set.of()).porEnviar());
    }

    @Test
    void elResumenDelLunesNoSaleElDomingoALas2330NiElLunesALas0030() {
      assertFalse(asuntos(pasada(local("2021-10-24T23:30"))).contains("RESUMEN 2021-10-25"));
      assertEquals(List.of(), asuntos(pasada(local("2021-10-25T00:30"))));
      assertTrue(asuntos(pasada(local("2021-10-25T08:00"))).contains("RESUMEN 2021-10-25"));
    }
  }

  @Nested
  class Resumen {

    private ContenidoDeAviso.Resumen resumen(String fechaHora) {
      return pasada(local(fechaHora)).porEnviar().stream()
          .filter(a -> a.tipo() == TipoDeAviso.RESUMEN)
          .map(a -> (ContenidoDeAviso.Resumen) a.contenido())
          .findFirst()
          .orElseThrow();
    }

    @Test
    void elLunesListaVencidosLoQueVenceProntoYLosOficiosDeLaSemana() {
      ContenidoDeAviso.Resumen resumen = resumen("2021-11-01T08:00");

      assertEquals(LocalDate.of(2021, 11, 1), resumen.fecha());
      assertEquals("Proceso Electoral Local Ordinario 2021-2022", resumen.proceso());
      assertEquals(
          List.of("E03 2021-11-05", "E05 2021-11-10"),
          resumen.proximos().stream().map(e -> e.codigo() + " " + e.fechaLimite()).toList());
      assertTrue(resumen.vencidos().stream().allMatch(EntregableEsperado::vencido));
      // Los oficios fechados del 26/10 al 01/11: el del 27/10 al INE.
      assertEquals(
          List.of("IEPC/SE/2119/2021"),
          resumen.oficios().stream().map(o -> o.getNumero().valor()).toList());
    }

    @Test
    void soloElDiaDelResumenYUnaVez() {
      assertTrue(
          asuntos(pasada(local("2021-10-26T08:00"))).stream()
              .noneMatch(a -> a.startsWith("RESUMEN")));
      Pasada lunes = pasada(local("2021-11-01T08:00"));
      Set<LlaveDeAviso> registrados =
          lunes.porEnviar().stream().map(AvisoPlaneado::llave).collect(Collectors.toSet());
      assertEquals(List.of(), pasada(local("2021-11-01T15:00"), REGLAS, registrados).porEnviar());
    }

    @Test
    void unaSemanaSinNadaQueDecirNoTieneResumen() {
      // Antes del inicio del seguimiento no hay vencidos ni plazos cercanos ni oficios.
      LocalDate lunes = LocalDate.of(2021, 1, 4);
      Pasada pasada =
          PlanDeAvisos.delDia(
              REGLAS.pasadaDel(lunes),
              REGLAS,
              List.of(CONSEJERA),
              Map.of(DURANGO, DEMO.estado("Durango", lunes)),
              Map.of(DURANGO, List.of()),
              Set.of());
      assertTrue(pasada.porEnviar().stream().noneMatch(a -> a.tipo() == TipoDeAviso.RESUMEN));
    }
  }

  @Nested
  class ObservacionesDelIne {

    private final ProcesoElectoral proceso =
        DEMO.expediente("Durango", LocalDate.of(2021, 10, 31)).proceso();

    private Oficio delIne(String numero, ResultadoRevision resultado) {
      return new Oficio(
          proceso,
          new NumeroOficio(numero),
          LocalDate.of(2021, 11, 8),
          Sentido.RECIBIDO_DEL_INE,
          "UNICOM",
          "IEPC Durango",
          "Observaciones al informe de octubre",
          List.of("E03"),
          null,
          resultado,
          null);
    }

    @Test
    void unOficioDelIneConObservacionesAvisaACadaSuscripcionDeLaEntidad() {
      Instant registrado = Instant.parse("2026-12-01T10:00:00Z");
      Pasada pasada =
          PlanDeAvisos.deObservaciones(
              List.of(
                  new OficioRegistrado(
                      delIne("INE/UTSI/0001/2021", ResultadoRevision.CON_OBSERVACIONES),
                      registrado),
                  new OficioRegistrado(
                      delIne("INE/UTSI/0002/2021", ResultadoRevision.SIN_OBSERVACIONES),
                      registrado)),
              List.of(CONSEJERA, GRUPO),
              Set.of());

      assertEquals(
          List.of("11 INE/UTSI/0001/2021", "-100 INE/UTSI/0001/2021"),
          pasada.porEnviar().stream().map(a -> a.suscripcion().chat() + " " + a.asunto()).toList());
    }

    @Test
    void noAvisaDeLoRegistradoAntesDeSuscribirseNiDosVeces() {
      Oficio oficio = delIne("INE/UTSI/0001/2021", ResultadoRevision.CON_OBSERVACIONES);
      SuscripcionVigente reciente =
          new SuscripcionVigente(3, 33, 33, DURANGO, Instant.parse("2026-12-01T12:00:00Z"));
      List<OficioRegistrado> registrados =
          List.of(new OficioRegistrado(oficio, Instant.parse("2026-12-01T10:00:00Z")));

      assertEquals(
          List.of(),
          PlanDeAvisos.deObservaciones(registrados, List.of(reciente), Set.of()).porEnviar());
      Pasada repetida =
          PlanDeAvisos.deObservaciones(
              registrados,
              List.of(CONSEJERA),
              Set.of(new LlaveDeAviso(1, TipoDeAviso.OBSERVACIONES, "INE/UTSI/0001/2021")));
      assertEquals(List.of(), repetida.porEnviar());
      assertEquals(1, repetida.omitidos());
    }
  }
}
