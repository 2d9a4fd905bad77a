package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Los avisos de punta a punta, contra la Bot API falsa: una consejera se suscribe a Durango por el
 * bot; la pasada del 29/10/2021 le avisa del informe de octubre (vence el 05/11/2021) una sola vez,
 * aunque corra dos veces y aunque Telegram conteste 429 al primer intento; un oficio del INE con
 * observaciones registrado por la API le llega en menos de un minuto, una vez; revocado su vínculo,
 * no le llega nada más.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AvisosIT extends PruebaConElBot {

  /** El reloj corre cada 20 s: el aviso de observaciones llega antes de un minuto. */
  private static final Duration UN_MINUTO = Duration.ofSeconds(60);

  private static final long CONSEJERA = 7900;

  private JsonObject ejecutar(String fecha) throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/avisos/ejecutar?fecha=" + fecha,
                "application/json",
                new byte[0],
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.estado(), r.cuerpo());
    return r.json().asJsonObject();
  }

  private static List<JsonObject> enviadosA(JsonObject pasada, long chat) {
    return pasada.getJsonArray("enviados").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getJsonNumber("chat").longValue() == chat)
        .toList();
  }

  private void registrarOficioDelIne(String numero) throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/oficios",
                "application/json",
                Json.createObjectBuilder()
                    .add("entidad", "durango")
                    .add("numero", numero)
                    .add("fecha", "2021-11-08")
                    .add("sentido", "Recibido del INE")
                    .add("remitente", "UNICOM")
                    .add("asunto", "Observaciones al informe mensual de octubre")
                    .add("entregables", "E03")
                    .add("resultado", "Con observaciones")
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(201, r.estado(), r.cuerpo());
  }

  private List<BotApiFalsa.Llamada> avisosCon(String texto, Duration plazo)
      throws InterruptedException {
    return telegram.espera(
        l -> l.metodo().equals("sendMessage") && l.chat() == CONSEJERA && l.texto().contains(texto),
        1,
        plazo);
  }

  @Test
  void unaConsejeraSuscritaRecibeCadaAvisoUnaVezHastaQueSeRevocaSuVinculo() throws Exception {
    ConversacionTelegram consejera =
        ConversacionTelegram.vinculada(telegram, api(), CONSEJERA, "consejero");
    assertTrue(
        consejera.escribe("/suscribir durango").texto().startsWith("Listo: te avisaré de Durango"),
        consejera.texto());
    assertTrue(consejera.escribe("/suscripciones").texto().contains("• Durango"));

    // Siete días antes del informe de octubre; Telegram contesta 429 al primer intento.
    telegram.limitarEnvios(1);
    JsonObject primera = ejecutar("2021-10-29");
    List<JsonObject> aLaConsejera = enviadosA(primera, CONSEJERA);
    assertEquals(1, aLaConsejera.size(), primera.toString());
    JsonObject aviso = aLaConsejera.get(0);
    assertEquals("VENCIMIENTO", aviso.getString("tipo"));
    assertEquals("E03 2021-10 2021-11-05 7d", aviso.getString("asunto"));
    assertEquals("ENVIADO", aviso.getString("estado"));
    assertEquals(2, aviso.getInt("intentos"), "el 429 se reintenta");
    List<BotApiFalsa.Llamada> recordatorio = avisosCon("vence en 7 días (05/11/2021)", UN_MINUTO);
    assertEquals(2, recordatorio.size(), "un intento con 429 y uno aceptado");
    String texto = recordatorio.get(1).texto();
    assertTrue(texto.startsWith("⏰ Durango: E03 Informe mensual"), texto);
    assertTrue(texto.contains("octubre de 2021 vence en 7 días (05/11/2021) y aún no se envía"));
    assertEquals(List.of("Estado de Durango"), recordatorio.get(1).botones());
    assertEquals("estado:10", recordatorio.get(1).datosDe("Estado de Durango").orElseThrow());

    JsonObject segunda = ejecutar("2021-10-29");
    assertEquals(List.of(), enviadosA(segunda, CONSEJERA), segunda.toString());
    assertTrue(segunda.getInt("omitidos") >= 1, segunda.toString());
    assertEquals(2, avisosCon("vence en 7 días (05/11/2021)", Duration.ZERO).size());

    // Un oficio del INE con observaciones, registrado por la API: llega solo, una vez.
    registrarOficioDelIne("INE/UNICOM/IT-0001/2021");
    List<BotApiFalsa.Llamada> observaciones = avisosCon("INE/UNICOM/IT-0001/2021", UN_MINUTO);
    assertEquals(1, observaciones.size(), "llegó en menos de un minuto");
    assertTrue(
        observaciones.get(0).texto().startsWith("📨 Durango: el INE contestó con observaciones."),
        observaciones.get(0).texto());
    assertEquals(List.of(), enviadosA(ejecutar("2021-10-29"), CONSEJERA));
    assertEquals(1, avisosCon("INE/UNICOM/IT-0001/2021", Duration.ZERO).size());

    // El administrador ve la suscripción y los avisos enviados.
    JsonObject admin = api().comoAdmin("/avisos").json().asJsonObject();
    assertTrue(
        admin.getJsonArray("suscripciones").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                s ->
                    s.getJsonNumber("chat").longValue() == CONSEJERA
                        && s.getString("nombreEntidad").equals("Durango")
                        && s.getString("cuenta").equals("Persona " + CONSEJERA)),
        admin.toString());
    assertTrue(
        admin.getJsonArray("avisos").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                a ->
                    a.getString("asunto").equals("INE/UNICOM/IT-0001/2021")
                        && a.getString("estado").equals("ENVIADO")
                        && !a.isNull("mensajeTelegram")),
        admin.toString());

    // Revocado el vínculo, sus suscripciones terminan: nada más le llega.
    ClienteApi.Respuesta revocado =
        api()
            .enviar(
                "DELETE",
                "/bot/usuarios/" + CONSEJERA,
                "application/json",
                new byte[0],
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(204, revocado.estado(), revocado.cuerpo());
    registrarOficioDelIne("INE/UNICOM/IT-0002/2021");
    assertEquals(List.of(), enviadosA(ejecutar("2021-11-09"), CONSEJERA), "ni el de 1 día de E05");
    assertEquals(List.of(), avisosCon("INE/UNICOM/IT-0002/2021", Duration.ofSeconds(25)));
  }

  @Test
  void elCalendarioDeDurangoTieneUnEventoPorEntregableYLaJornada() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades/dgo/calendario.ics");
    assertEquals(200, r.estado(), r.cuerpo());
    assertEquals("text/calendar;charset=utf-8", r.tipo().replace(" ", "").toLowerCase());
    String ics = r.cuerpo();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Seguimiento PREP//"), ics);
    assertTrue(
        ics.replace("\r\n ", "")
            .contains(
                "UID:e03-2021-10.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep\r\n"),
        "UID estable (las líneas se doblan a 75 octetos, como pide RFC 5545)");
    assertTrue(ics.contains("DTSTART;VALUE=DATE:20211105\r\n"), ics);
    assertTrue(ics.contains("SUMMARY:Jornada electoral · Durango\r\n"), ics);
    long eventos = ics.lines().filter("BEGIN:VEVENT"::equals).count();
    assertTrue(eventos > 30, "los 32 entregables (E03 por periodo) y la jornada: " + eventos);

    assertEquals(404, api().comoAdmin("/entidades/dgo/calendario.ics?proceso=1990").estado());
  }

  @Test
  void unaFechaQueNoEsFechaSeRechazaEnEspanol() throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/avisos/ejecutar?fecha=29/10/2021",
                "application/json",
                new byte[0],
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(400, r.estado(), r.cuerpo());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("aaaa-mm-dd"), r.cuerpo());
  }
}
