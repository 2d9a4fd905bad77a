package mx.seguimientoprep.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.usuario.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * /informe: el mes que se pide (en palabras, aaaa-mm o ninguno), la entidad, y la respuesta como
 * documento con su leyenda de una línea. La demo y la fecha de referencia 31/10/2021.
 */
class InformeDelBotTest {

  private static final long CONSEJERA = 11L;
  private static final Vinculo DE_CONSEJERA = new Vinculo(Rol.CONSEJERO, "Consejera Pérez");

  private final DemoEnMemoria demo = DemoEnMemoria.cargar();
  private final UpdateDispatcher bot = demo.alDelInformeDeDurango(new NoEntendidosEnMemoria());

  private List<Respuesta> consejera(String texto) {
    return bot.atender(
        MensajeEntrante.texto(
            CONSEJERA,
            CONSEJERA,
            "Nombre",
            TipoDeChat.PRIVADO,
            texto,
            Optional.of(DE_CONSEJERA),
            Instant.parse("2021-11-01T17:00:00Z")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/informe durango octubre 2021|Durango 2021-10",
        "/informe durango 2021-10|Durango 2021-10",
        "informe de octubre de Durango|Durango 2021-10",
        "/informe Coahuila noviembre de 2020|Coahuila 2020-11",
        "/informe coahuila 11/2020|Coahuila 2020-11",
        "/informe durango|Durango 2021-09",
        "/informe durango diciembre|Durango 2020-12"
      })
  void entiendeElMesYLaEntidad(String texto, String pedido) {
    List<Respuesta> respuestas = consejera(texto);
    assertEquals(1, respuestas.size());
    assertNotNull(respuestas.get(0).documento(), respuestas.get(0).texto());
    assertEquals(
        List.of(pedido + " por Consejera Pérez · Telegram " + CONSEJERA), demo.informesPedidos());
  }

  @Test
  void elDocumentoLlevaElInformeYUnaLeyendaDeUnaLinea() {
    Respuesta respuesta = consejera("/informe durango octubre 2021").get(0);
    assertEquals("Informe del mes de octubre de 2021 · Durango", respuesta.texto());
    assertEquals("informe-IEPC-Durango-2021-10.docx", respuesta.documento().nombre());
    String contenido = new String(respuesta.documento().contenido(), StandardCharsets.UTF_8);
    assertTrue(contenido.contains("IEPC/CG139/2021"), contenido);
    assertTrue(contenido.contains("IEPC/SE/2119/2021"), contenido);
  }

  @Test
  void sinEntidadPreguntaCualConBotones() {
    Respuesta respuesta = consejera("/informe octubre 2021").get(0);
    assertNull(respuesta.documento());
    assertEquals("¿De qué entidad? Tócala o escribe su nombre.", respuesta.texto());
  }

  @Test
  void apareceEnLaAyuda() {
    String ayuda = consejera("/ayuda").get(0).texto();
    assertTrue(ayuda.contains("/informe durango octubre 2021"), ayuda);
  }
}
