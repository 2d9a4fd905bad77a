package mx.seguimientoprep.bot.respuesta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import mx.seguimientoprep.bot.DemoEnMemoria;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import org.junit.jupiter.api.Test;

/** Las listas de /oficios, /pendientes, /acuerdos, /sesiones y /vencimientos. */
class ListasTest {

  private final DemoEnMemoria demo = DemoEnMemoria.cargar();

  private static List<String> lineas(Respuesta respuesta) {
    return Arrays.asList(respuesta.texto().split("\n"));
  }

  @Test
  void oficiosDeCoahuilaDelMasRecienteAlMasAntiguo() {
    LocalDate referencia = LocalDate.of(2020, 11, 30);
    List<String> lineas =
        lineas(ListaDeOficios.de(demo.expediente("Coahuila", referencia), referencia));
    assertEquals(
        "Oficios de Coahuila (IEC) · Proceso Electoral Local Ordinario 2021", lineas.get(0));
    assertEquals("5 oficios al 30/11/2020, del más reciente al más antiguo:", lineas.get(1));
    assertEquals(
        "• 17/11/2020 · INE/UNICOM/3320/2020 · recibido del INE, con observaciones · responde a"
            + " IEC/SE/1802/2020 · E05 — Realiza observaciones al Plan de Trabajo y Calendario de"
            + " Sesiones Ordinarias del COTAPREP.",
        lineas.get(2));
    assertTrue(lineas.get(6).startsWith("• 03/11/2020 · IEC/SE/1766/2020 · enviado al INE · E04"));
    assertEquals(7, lineas.size());
  }

  @Test
  void soloLosDiezMasRecientesYNadaPosteriorALaReferencia() {
    for (int dia = 1; dia <= 8; dia++) {
      demo.registrar(
          new ComandoOficio(
              demo.entidad("Durango").getClave(),
              null,
              new NumeroOficio("IEPC/SE/" + (3000 + dia) + "/2021"),
              LocalDate.of(2021, 11, dia),
              Sentido.ENVIADO_AL_INE,
              null,
              null,
              "Oficio de prueba " + dia,
              List.of(),
              null,
              null,
              null,
              null),
          new Autoria("prueba", Canal.BOT));
    }
    LocalDate referencia = LocalDate.of(2021, 11, 7);
    List<String> lineas =
        lineas(ListaDeOficios.de(demo.expediente("Durango", referencia), referencia));
    assertEquals(
        "Los 10 más recientes de 11 oficios al 07/11/2021, del más reciente al más antiguo:",
        lineas.get(1));
    assertTrue(lineas.get(2).startsWith("• 07/11/2021 · IEPC/SE/3007/2021"), lineas.get(2));
    assertTrue(lineas.get(11).startsWith("• 25/10/2021 · IEPC/UTC/21/10"), lineas.get(11));
    assertEquals(12, lineas.size());
  }

  @Test
  void pendientesDeDurangoVencidosPrimero() {
    List<String> lineas =
        lineas(ListaDePendientes.de(demo.estado("Durango", LocalDate.of(2021, 10, 31))));
    assertEquals(
        List.of(
            "Entregables pendientes de Durango (IEPC Durango) · Proceso Electoral Local Ordinario"
                + " 2021-2022",
            "Al 31/10/2021:",
            "Por vencer (29):",
            "• E03 Informe mensual de avance en la implementación y operación del PREP, octubre de"
                + " 2021 (05/11/2021)",
            "• E05 Plan de trabajo y calendario de sesiones del COTAPREP (10/11/2021)"),
        lineas.subList(0, 5));
    assertEquals(
        List.of(
            "• E31 Informe final del PREP (05/07/2022)",
            "Sin registro antes del 01/10/2021 (1):",
            "• E02 Acuerdo de designación o ratificación de la instancia interna responsable de"
                + " coordinar el PREP (10/09/2021)"),
        lineas.subList(lineas.size() - 3, lineas.size()));
  }

  @Test
  void acuerdosDeCoahuilaPorFecha() {
    LocalDate referencia = LocalDate.of(2020, 11, 30);
    List<String> lineas =
        lineas(ListaDeAcuerdos.de(demo.expediente("Coahuila", referencia), referencia));
    assertEquals("2 acuerdos al 30/11/2020:", lineas.get(1));
    assertTrue(
        lineas.get(2).startsWith("• 03/11/2020 · IEC/CG/145/2020 · Consejo General · E04 — "));
    assertTrue(lineas.get(2).endsWith("…"), "las descripciones largas se recortan");
    assertTrue(lineas.get(3).startsWith("• 20/11/2020 · IEC/CG/149/2020 · Consejo General · E07"));
  }

  @Test
  void acuerdosDeUnMesSeMuestranComoElMes() {
    LocalDate referencia = LocalDate.of(2020, 3, 31);
    List<String> lineas =
        lineas(ListaDeAcuerdos.de(demo.expediente("Coahuila", referencia), referencia));
    assertEquals("5 acuerdos al 31/03/2020:", lineas.get(1));
    assertTrue(
        lineas.get(lineas.size() - 1).startsWith("• marzo de 2020 · IEC/CG/052/2020"),
        lineas.get(lineas.size() - 1));
    assertEquals(
        "No hay acuerdos registrados al 30/03/2020.",
        lineas(
                ListaDeAcuerdos.de(
                    demo.expediente("Coahuila", LocalDate.of(2020, 3, 30)),
                    LocalDate.of(2020, 3, 30)))
            .get(1),
        "un acuerdo de marzo se conoce al terminar marzo");
  }

  @Test
  void sesionesDeAguascalientesConSuNumero() {
    LocalDate referencia = LocalDate.of(2023, 12, 31);
    List<String> lineas =
        lineas(ListaDeSesiones.de(demo.expediente("Aguascalientes", referencia), referencia));
    assertEquals("Celebradas hasta el 31/12/2023 (9):", lineas.get(1));
    assertTrue(lineas.get(2).startsWith("• 31/08/2023 · Consejo General · Ordinaria — "));
    assertTrue(lineas.get(8).startsWith("• 27/11/2023 · COTAPREP · Ordinaria núm. 1 — "));
  }

  @Test
  void sesionesProgramadasDelIne() {
    LocalDate referencia = LocalDate.of(2020, 1, 31);
    List<String> lineas =
        lineas(ListaDeSesiones.de(demo.expediente("INE", referencia), referencia));
    assertEquals("Programadas (6):", lineas.get(1));
    assertEquals("• 18/02/2020 · Grupo de Trabajo COTSPEL", lineas.get(2));
  }

  @Test
  void vencimientosDeLosProximosTreintaDiasDeTodasLasEntidades() {
    LocalDate referencia = LocalDate.of(2021, 10, 31);
    List<String> lineas =
        lineas(
            ListaDeVencimientos.de(
                List.of(demo.estado("Coahuila", referencia), demo.estado("Durango", referencia)),
                referencia));
    assertEquals(
        List.of(
            "2 entregables vencen del 31/10/2021 al 30/11/2021:",
            "• 05/11/2021 · Durango · E03 Informe mensual de avance en la implementación y"
                + " operación del PREP, octubre de 2021",
            "• 10/11/2021 · Durango · E05 Plan de trabajo y calendario de sesiones del COTAPREP"),
        lineas);
  }

  @Test
  void sinVencimientos() {
    LocalDate referencia = LocalDate.of(2025, 1, 1);
    assertEquals(
        "Ningún entregable vence del 01/01/2025 al 31/01/2025.",
        ListaDeVencimientos.de(List.of(demo.estado("Durango", referencia)), referencia).texto());
  }
}
