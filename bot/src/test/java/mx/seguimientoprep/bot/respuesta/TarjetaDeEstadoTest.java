package mx.seguimientoprep.bot.respuesta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.bot.DemoEnMemoria;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** La tarjeta de bot.md, calculada con {@code EstadoPrep.calcular} sobre los hechos de la demo. */
class TarjetaDeEstadoTest {

  private static final DemoEnMemoria DEMO = DemoEnMemoria.cargar();

  private static List<String> lineas(String entidad, LocalDate referencia) {
    return List.of(
        TarjetaDeEstado.de(DEMO.estado(entidad, referencia), List.of()).texto().split("\n"));
  }

  /** durango-informe-octubre-2021.txt */
  @Nested
  class DurangoAlCierreDeOctubreDe2021 {

    private final Respuesta tarjeta =
        TarjetaDeEstado.de(
            DEMO.estado("Durango", LocalDate.of(2021, 10, 31)),
            List.of(new Boton("Oficios", "oficios:10"), new Boton("Pendientes", "pendientes:10")));

    @Test
    void renglonPorRenglon() {
      assertEquals(
          List.of(
              "PREP Durango · IEPC Durango",
              "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (faltan 217 días)",
              "Instancia interna: Unidad Técnica de Cómputo",
              "COTAPREP: integrado por acuerdo IEPC/CG139/2021 (27/10/2021); 0 sesiones",
              "Entregables: 2 enviados, 29 pendientes, 1 sin registro antes del 01/10/2021",
              "Vencidos: ninguno",
              "Próximo: E03 Informe mensual de avance en la implementación y operación del PREP,"
                  + " octubre de 2021 (05/11/2021)",
              "Último oficio: IEPC/SE/2119/2021 (27/10/2021) enviado al INE",
              "Datos al 31/10/2021"),
          List.of(tarjeta.texto().split("\n")));
    }

    @Test
    void esUnSoloMensajeConSusBotonesEnUnaFila() {
      assertEquals(1, tarjeta.partes().size());
      assertEquals(
          List.of(
              List.of(
                  new Boton("Oficios", "oficios:10"), new Boton("Pendientes", "pendientes:10"))),
          tarjeta.botones());
    }
  }

  @Test
  void elDiaDeReferenciaCuentaLosDiasALaJornada() {
    assertEquals(
        "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (faltan 219 días)",
        lineas("Durango", LocalDate.of(2021, 10, 29)).get(1));
    assertEquals(
        "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (falta 1 día)",
        lineas("Durango", LocalDate.of(2022, 6, 4)).get(1));
    assertEquals(
        "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (hoy)",
        lineas("Durango", LocalDate.of(2022, 6, 5)).get(1));
    assertEquals(
        "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (hace 10 días)",
        lineas("Durango", LocalDate.of(2022, 6, 15)).get(1));
  }

  /** coahuila-informe-noviembre-2020.txt */
  @Test
  void coahuilaEnNoviembreDe2020() {
    List<String> lineas = lineas("Coahuila", LocalDate.of(2020, 11, 30));
    assertEquals("PREP Coahuila · IEC", lineas.get(0));
    assertEquals(
        "Proceso Electoral Local Ordinario 2021 · jornada 06/06/2021 (faltan 188 días)",
        lineas.get(1));
    assertEquals("Instancia interna: Dirección Ejecutiva de Innovación Electoral", lineas.get(2));
    assertEquals(
        "COTAPREP: integrado por acuerdo IEC/CG/145/2020 (03/11/2020); 1 sesión", lineas.get(3));
    assertEquals(
        "Entregables: 2 sin observaciones, 1 con observaciones, 28 pendientes, 2 sin registro"
            + " antes del 01/11/2020",
        lineas.get(4));
    assertEquals(
        "Último oficio: INE/UNICOM/3320/2020 (17/11/2020) recibido del INE, con observaciones",
        lineas.get(7));
  }

  /** aguascalientes-cotaprep-primer-informe-2023.txt */
  @Test
  void aguascalientesAlCierreDe2023ListaTresVencidosYCuentaLosDemas() {
    List<String> lineas = lineas("Aguascalientes", LocalDate.of(2023, 12, 31));
    assertEquals(
        "COTAPREP: integrado por acuerdo CG-A-43/23 (27/10/2023); 2 sesiones y 4 reuniones",
        lineas.get(3));
    assertEquals(
        "Entregables: 1 con observaciones atendidas, 6 vencidos, 25 pendientes, 3 sin registro"
            + " antes del 01/11/2023",
        lineas.get(4));
    assertTrue(lineas.get(5).startsWith("Vencidos: E03 "), lineas.get(5));
    assertTrue(lineas.get(5).endsWith("(07/11/2023); y 3 más"), lineas.get(5));
    assertEquals("Último oficio: ninguno registrado", lineas.get(7));
    assertEquals("Datos al 31/12/2023", lineas.get(8));
  }

  @Test
  void sinInstanciaNiCotaprep() {
    List<String> lineas = lineas("INE", LocalDate.of(2020, 1, 31));
    assertEquals("Instancia interna: sin registrar", lineas.get(2));
    assertEquals("COTAPREP: sin integrar; 0 sesiones", lineas.get(3));
  }

  /** coahuila-informe-marzo-2020.txt: el comité se instaló el 11/11/2019. */
  @Test
  void coahuilaEnMarzoDe2020TieneSuCotaprepInstalado() {
    List<String> lineas = lineas("Coahuila", LocalDate.of(2020, 3, 31));
    assertEquals("COTAPREP: instalado el 11/11/2019; 3 sesiones", lineas.get(3));
  }
}
