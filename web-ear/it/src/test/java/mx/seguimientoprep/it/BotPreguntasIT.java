package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Las preguntas como las escribe la gente, de punta a punta, sobre la demo al 31/10/2021: cada
 * renglón de la tabla de la issue por la consola ({@code POST /prep/api/bot/consola}) y, por la Bot
 * API falsa, un documento por su número, una lista de todas las entidades con sus botones y «¿y
 * Coahuila?» después de una pregunta sobre Durango; lo no entendido se cuenta en {@code
 * /prep/api/bot/no-entendidos}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BotPreguntasIT extends PruebaConElBot {

  private List<String> consola(String texto) throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/bot/consola",
                "application/json",
                Json.createObjectBuilder()
                    .add("texto", texto)
                    .add("rol", "consejero")
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.estado(), r.cuerpo());
    return r.json().asJsonObject().getJsonArray("respuestas").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private String unaRespuesta(String texto) throws Exception {
    List<String> respuestas = consola(texto);
    assertEquals(1, respuestas.size(), texto + ": " + respuestas);
    return respuestas.get(0);
  }

  @Test
  void cadaRenglonDeLaTablaDeLaIssuePorLaConsola() throws Exception {
    String antes = unaRespuesta("¿Quiénes integran el COTAPREP de Aguascalientes?");
    assertTrue(
        antes.startsWith("COTAPREP de Aguascalientes (IEE)")
            && antes.contains("Sin integrar al 31/10/2021."),
        "al 31/10/2021 aún no se integraba: " + antes);
    String integrantes =
        unaRespuesta("¿Quiénes integran el COTAPREP de Aguascalientes al 1 de diciembre de 2023?");
    assertTrue(integrantes.contains("COTAPREP de Aguascalientes (IEE)"), integrantes);
    assertTrue(integrantes.contains("• Gabriel Purón Cid — "), integrantes);
    assertTrue(integrantes.contains("Secretario Técnico: José de Jesús Jaime Carachure"));

    assertEquals(
        "Ninguna entidad tiene entregables vencidos al 31/10/2021.",
        unaRespuesta("¿Cuáles estados tienen entregables vencidos?"));
    String vencidos = unaRespuesta("¿Cuáles estados tenían entregables vencidos en marzo de 2020?");
    assertTrue(vencidos.contains("• Coahuila: 1 vencido (E03)"), vencidos);

    String resumen = unaRespuesta("Resumen de todos los estados");
    assertTrue(resumen.startsWith("Resumen de 3 entidades al 31/10/2021:"), resumen);
    assertTrue(resumen.contains("• Durango: "), resumen);

    String observaciones = unaRespuesta("¿INE hizo observaciones a Coahuila?");
    assertTrue(observaciones.startsWith("Observaciones del INE a Coahuila (IEC)"), observaciones);

    String oficio = unaRespuesta("oficio INE/UNICOM/3320/2020");
    assertTrue(
        oficio.startsWith(
            "Oficio INE/UNICOM/3320/2020\nCoahuila (IEC) · Proceso Electoral Local Ordinario 2021"),
        oficio);
    assertTrue(
        oficio.contains("Contesta a IEC/SE/1802/2020 (enviado al INE, 09/11/2020), 8 días después"),
        oficio);

    String alaFecha = unaRespuesta("estado durango al 30 de noviembre de 2020");
    assertTrue(
        alaFecha.startsWith("Al 30/11/2020, la fecha que pediste:\n\nPREP Durango"), alaFecha);
    assertTrue(alaFecha.endsWith("Datos al 30/11/2020"), alaFecha);

    String falta = unaRespuesta("¿Qué le falta a Durango?");
    assertTrue(falta.startsWith("Entregables pendientes de Durango"), falta);

    assertEquals(
        "¡De nada! Pregúntame cuando quieras; /ayuda tiene ejemplos.", unaRespuesta("gracias"));
  }

  @Test
  void unDocumentoPorSuNumeroEnTelegram() throws Exception {
    ConversacionTelegram consejera =
        ConversacionTelegram.vinculada(telegram, api(), 7601, "consejero");
    consejera.escribe("¿qué dice el INE / UNICOM / 3320 / 2020?");
    assertEquals(1, consejera.mensajes().size(), consejera.texto());
    assertTrue(consejera.texto().startsWith("Oficio INE/UNICOM/3320/2020\n"), consejera.texto());
    assertTrue(consejera.texto().contains("Resultado del INE: con observaciones"));
  }

  @Test
  void unaListaDeTodasLasEntidadesConSusBotones() throws Exception {
    ConversacionTelegram consejera =
        ConversacionTelegram.vinculada(telegram, api(), 7602, "consejero");
    consejera.escribe("Resumen de todos los estados");
    assertTrue(consejera.texto().startsWith("Resumen de 3 entidades al 31/10/2021:"));
    assertEquals(List.of("Coahuila", "Durango", "Aguascalientes"), consejera.botones());
    consejera.toca("Durango");
    assertTrue(consejera.texto().startsWith("PREP Durango · IEPC Durango\n"), consejera.texto());
  }

  @Test
  void yCoahuilaDespuesDeUnaPreguntaSobreDurango() throws Exception {
    ConversacionTelegram consejera =
        ConversacionTelegram.vinculada(telegram, api(), 7603, "consejero");
    consejera.escribe("¿Qué le falta a Durango?");
    assertTrue(consejera.texto().startsWith("Entregables pendientes de Durango"));
    consejera.escribe("¿y Coahuila?");
    assertTrue(
        consejera.texto().startsWith("Entregables pendientes de Coahuila (IEC)"),
        consejera.texto());
  }

  @Test
  void loNoEntendidoSeCuentaParaElAdministrador() throws Exception {
    long antes = noEntendidos().getJsonNumber("total").longValue();
    String respuesta = unaRespuesta("zxcv integracion del comitee");
    assertTrue(respuesta.startsWith("No entendí tu mensaje; prueba a preguntarlo así:\n• "));
    unaRespuesta("/borrar todo");
    JsonObject despues = noEntendidos();
    assertEquals(antes + 2, despues.getJsonNumber("total").longValue(), despues.toString());
    assertTrue(
        despues.getJsonArray("masIntentados").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                i ->
                    i.getString("intento").equals("/borrar")
                        && i.getString("clase").equals("comando")),
        despues.toString());
    assertTrue(!despues.toString().contains("zxcv"), "no se guarda el texto");
  }

  private JsonObject noEntendidos() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/bot/no-entendidos");
    assertEquals(200, r.estado(), r.cuerpo());
    return r.json().asJsonObject();
  }
}
