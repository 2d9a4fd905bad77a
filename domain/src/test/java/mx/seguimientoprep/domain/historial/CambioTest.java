package mx.seguimientoprep.domain.historial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesosDeLosInformes;
import org.junit.jupiter.api.Test;

class CambioTest {

  private static final Autoria CAPTURISTA = new Autoria("mlopez", Canal.HOJA);
  private static final Instant MOMENTO = Instant.parse("2020-11-18T17:00:00Z");

  private final ProcesoElectoral coahuila = ProcesosDeLosInformes.coahuila2021();

  /** coahuila-informe-noviembre-2020.txt */
  private Oficio observacionesAlPlanDeTrabajo(ResultadoRevision resultado, String notas) {
    return new Oficio(
        coahuila,
        new NumeroOficio("INE/UNICOM/3320/2020"),
        LocalDate.of(2020, 11, 17),
        Sentido.RECIBIDO_DEL_INE,
        "UNICOM",
        "IEC",
        "Realiza observaciones al Plan de Trabajo y Calendario de Sesiones Ordinarias del COTAPREP.",
        List.of("E05"),
        new NumeroOficio("IEC/SE/1802/2020"),
        resultado,
        notas);
  }

  @Test
  void elAltaGuardaLaFichaConLosCamposQueTienenValor() {
    Cambio alta = Cambio.alta(observacionesAlPlanDeTrabajo(null, null), CAPTURISTA, MOMENTO);
    assertEquals(Operacion.ALTA, alta.getOperacion());
    assertEquals("Oficio", alta.getTipo());
    assertEquals("INE/UNICOM/3320/2020", alta.getClave());
    assertEquals("05", alta.getEntidad());
    assertEquals("mlopez", alta.getUsuario());
    assertEquals(Canal.HOJA, alta.getCanal());
    assertNull(alta.getCampo());
    assertEquals(
        "Entidad: Coahuila\n"
            + "Proceso: Proceso Electoral Local Ordinario 2021\n"
            + "Número: INE/UNICOM/3320/2020\n"
            + "Fecha: 17/11/2020\n"
            + "Sentido: Recibido del INE\n"
            + "Remitente: UNICOM\n"
            + "Destinatario: IEC\n"
            + "Asunto: Realiza observaciones al Plan de Trabajo y Calendario de Sesiones"
            + " Ordinarias del COTAPREP.\n"
            + "Entregables: E05\n"
            + "En respuesta a: IEC/SE/1802/2020",
        alta.getValorNuevo());
  }

  @Test
  void unaModificacionGuardaUnCambioPorCampoConSuValorAnterior() {
    Oficio registrado = observacionesAlPlanDeTrabajo(null, null);
    Map<String, String> antes = registrado.valores();
    registrado.actualizarDesde(
        observacionesAlPlanDeTrabajo(
            ResultadoRevision.CON_OBSERVACIONES, "Fecha de recepción en el IEC."));

    List<Cambio> cambios = Cambio.modificaciones(antes, registrado, CAPTURISTA, MOMENTO);

    assertEquals(List.of("Resultado", "Notas"), cambios.stream().map(Cambio::getCampo).toList());
    Cambio resultado = cambios.get(0);
    assertEquals(Operacion.MODIFICACION, resultado.getOperacion());
    assertEquals("", resultado.getValorAnterior());
    assertEquals("Con observaciones", resultado.getValorNuevo());
    assertEquals(MOMENTO, resultado.getMomento());
  }

  @Test
  void sinDiferenciasNoHayCambios() {
    Oficio registrado = observacionesAlPlanDeTrabajo(ResultadoRevision.CON_OBSERVACIONES, null);
    Map<String, String> antes = registrado.valores();
    registrado.actualizarDesde(
        observacionesAlPlanDeTrabajo(ResultadoRevision.CON_OBSERVACIONES, null));
    assertEquals(List.of(), Cambio.modificaciones(antes, registrado, CAPTURISTA, MOMENTO));
  }

  @Test
  void todaEscrituraDiceQuienLaHace() {
    assertThrows(DatoInvalido.class, () -> new Autoria(" ", Canal.BOT));
    assertEquals("ana", new Autoria(" ana ", Canal.WEB).usuario());
  }
}
