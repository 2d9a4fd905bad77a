package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El bot de punta a punta: el EAR real en el servidor, consultando la Bot API falsa de las pruebas
 * (long polling, como está configurado por omisión), sobre los datos demo de los informes semilla,
 * con la fecha de referencia 31/10/2021 (PREP_FECHA_REFERENCIA del servidor de prueba). Cada prueba
 * es un usuario de Telegram distinto.
 *
 * <p>El webhook se prueba en el mismo despliegue: el recurso acepta updates siempre que haya un
 * secreto configurado (TELEGRAM_WEBHOOK_SECRET del servidor de prueba), sea cual sea el modo, así
 * que las pruebas le envían directamente con y sin el secreto.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BotTelegramIT extends PruebaConElBot {

  private static final String SECRETO = "secreto-de-pruebas-it";
  private static final Duration PLAZO = Duration.ofSeconds(20);

  private ConversacionTelegram consejero(long usuario) throws Exception {
    return ConversacionTelegram.vinculada(telegram, api(), usuario, "consejero");
  }

  private ConversacionTelegram capturista(long usuario) throws Exception {
    return ConversacionTelegram.vinculada(telegram, api(), usuario, "capturista");
  }

  @Test
  void unaInvitacionSirveUnaVezParaVincularseConSuRol() throws Exception {
    String codigo = ConversacionTelegram.invitar(api(), "consejero", "Ana López");
    ConversacionTelegram ana = new ConversacionTelegram(telegram, 7001);
    ana.escribe("/start " + codigo);
    assertTrue(
        ana.texto().startsWith("Listo, Ana López: quedaste vinculado con el rol consejero."),
        ana.texto());

    ConversacionTelegram otra = new ConversacionTelegram(telegram, 7002);
    otra.escribe("/start " + codigo);
    assertTrue(otra.texto().startsWith("Ese código de invitación no sirve"), otra.texto());

    List<JsonObject> usuarios =
        api().comoAdmin("/bot/usuarios").json().asJsonArray().getValuesAs(JsonObject.class);
    JsonObject vinculada =
        usuarios.stream()
            .filter(u -> u.getJsonNumber("id").longValue() == 7001)
            .findFirst()
            .orElseThrow();
    assertEquals("consejero", vinculada.getString("rol"));
    assertEquals("Ana López", vinculada.getString("nombre"));
    assertTrue(usuarios.stream().noneMatch(u -> u.getJsonNumber("id").longValue() == 7002));
  }

  @Test
  void unaInvitacionConUnRolQueNoExisteSeRechazaEnEspanol() throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/bot/invitaciones",
                "application/json",
                "{\"rol\":\"jefe\",\"nombre\":\"X\"}".getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(422, r.estado(), r.cuerpo());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("consejero o capturista"));
  }

  @Test
  void alConectarseRegistraElMenuDeComandosDeCadaChat() throws Exception {
    List<BotApiFalsa.Llamada> menus =
        telegram.espera(l -> l.metodo().equals("setMyCommands"), 2, PLAZO);
    JsonObject privados = menuDe(menus, "all_private_chats");
    JsonObject grupos = menuDe(menus, "all_group_chats");
    List<String> consultas =
        List.of(
            "estado",
            "oficios",
            "pendientes",
            "acuerdos",
            "sesiones",
            "vencimientos",
            "informe",
            "documento",
            "cotaprep",
            "jornada",
            "entregable",
            "observaciones",
            "ultimo_oficio",
            "proxima_sesion",
            "vencidos",
            "observados",
            "sin_cotaprep",
            "jornadas",
            "resumen");
    List<String> enPrivado = new ArrayList<>(consultas);
    List<String> avisos = List.of("suscribir", "suscripciones", "cancelar_suscripcion");
    enPrivado.addAll(List.of("oficio", "cancelar"));
    enPrivado.addAll(avisos);
    enPrivado.add("ayuda");
    List<String> enGrupos = new ArrayList<>(consultas);
    enGrupos.add("cancelar");
    enGrupos.addAll(avisos);
    enGrupos.add("ayuda");
    assertEquals(enPrivado, comandosDe(privados));
    assertEquals(enGrupos, comandosDe(grupos));
    assertEquals(
        "La tarjeta de estado del proceso actual",
        privados.getJsonArray("commands").getJsonObject(0).getString("description"));
  }

  /** El último menú registrado para ese tipo de chat. */
  private static JsonObject menuDe(List<BotApiFalsa.Llamada> menus, String alcance) {
    return menus.stream()
        .map(BotApiFalsa.Llamada::cuerpo)
        .filter(c -> c.getJsonObject("scope").getString("type").equals(alcance))
        .reduce((primero, ultimo) -> ultimo)
        .orElseThrow(() -> new AssertionError("No se registró el menú de " + alcance));
  }

  private static List<String> comandosDe(JsonObject menu) {
    return menu.getJsonArray("commands").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("command"))
        .toList();
  }

  @Test
  void unDesconocidoRecibeUnaSolaNegativaSinDatos() throws Exception {
    ConversacionTelegram desconocido = new ConversacionTelegram(telegram, 7100);
    desconocido.escribe("estado del PREP Durango");
    assertEquals(1, desconocido.mensajes().size(), desconocido.texto());
    String negativa = desconocido.texto();
    assertTrue(negativa.contains("/start <código>"), negativa);
    assertFalse(negativa.contains("Durango") || negativa.contains("IEPC"), negativa);
    assertTrue(desconocido.botones().isEmpty());
  }

  @Test
  void laTarjetaDeDurangoPorVariasFrases() throws Exception {
    ConversacionTelegram consejera = consejero(7200);
    for (String frase :
        List.of(
            "estado del PREP Durango",
            "/estado durango",
            "¿Cómo va el PREP de Durango?",
            "estado IEPC Durango",
            "DURANGO",
            "estado dgo")) {
      List<String> lineas = List.of(consejera.escribe(frase).texto().split("\n"));
      assertEquals(1, consejera.mensajes().size(), frase);
      assertEquals("PREP Durango · IEPC Durango", lineas.get(0), frase);
      assertEquals(
          "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (faltan 217 días)",
          lineas.get(1),
          frase);
      assertEquals("Instancia interna: Unidad Técnica de Cómputo", lineas.get(2), frase);
      assertTrue(
          lineas.get(3).startsWith("COTAPREP: integrado por acuerdo IEPC/CG139/2021"), frase);
      assertEquals(
          "Entregables: 2 enviados, 29 pendientes, 1 sin registro antes del 01/10/2021",
          lineas.get(4),
          frase);
      assertEquals("Vencidos: ninguno", lineas.get(5), frase);
      assertTrue(lineas.get(6).startsWith("Próximo: E03 "), frase);
      assertTrue(lineas.get(6).endsWith("(05/11/2021)"), frase);
      assertEquals(
          "Último oficio: IEPC/SE/2119/2021 (27/10/2021) enviado al INE", lineas.get(7), frase);
      assertEquals("Datos al 31/10/2021", lineas.get(8), frase);
    }
  }

  @Test
  void laTarjetaDeCoahuilaYDeAguascalientes() throws Exception {
    ConversacionTelegram consejera = consejero(7300);
    for (String frase : List.of("¿cómo va coahuila?", "/estado IEC", "estado 5")) {
      List<String> lineas = List.of(consejera.escribe(frase).texto().split("\n"));
      assertEquals("PREP Coahuila · IEC", lineas.get(0), frase);
      assertTrue(
          lineas.get(1).startsWith("Proceso Electoral Local Ordinario 2021 · jornada 06/06/2021"),
          frase + ": " + lineas.get(1));
      assertEquals(
          "Instancia interna: Dirección Ejecutiva de Innovación Electoral", lineas.get(2), frase);
      assertTrue(
          lineas.get(3).startsWith("COTAPREP: integrado por acuerdo IEC/CG/145/2020 (03/11/2020)"),
          frase + ": " + lineas.get(3));
      assertEquals("Datos al 31/10/2021", lineas.get(8), frase);
    }
    for (String frase :
        List.of("Aguascalientes", "/estado ags", "¿Cómo va el PREP de Aguascalientes?")) {
      List<String> lineas = List.of(consejera.escribe(frase).texto().split("\n"));
      assertEquals("PREP Aguascalientes · IEE", lineas.get(0), frase);
      assertTrue(
          lineas
              .get(1)
              .startsWith("Proceso Electoral Concurrente Ordinario 2023-2024 · jornada 02/06/2024"),
          frase + ": " + lineas.get(1));
      assertEquals("Datos al 31/10/2021", lineas.get(8), frase);
    }
  }

  @Test
  void unConsejeroNoRegistraOficios() throws Exception {
    ConversacionTelegram consejera = consejero(7400);
    consejera.escribe("/oficio");
    assertTrue(consejera.texto().startsWith("Registrar oficios es para el rol capturista"));
  }

  @Test
  void unOficioPorLaConversacionGuiadaConBotones() throws Exception {
    ConversacionTelegram capturista = capturista(7500);
    capturista.escribe("/oficio");
    assertTrue(capturista.texto().contains("1/7 · Entidad"), capturista.texto());
    assertEquals(List.of("INE", "Aguascalientes", "Coahuila", "Durango"), capturista.botones());
    capturista.toca("Durango");
    assertTrue(capturista.texto().startsWith("2/7 · Número"), capturista.texto());
    capturista.escribe("IEPC/SE/2200/2021");
    assertTrue(capturista.texto().startsWith("3/7 · Fecha"), capturista.texto());
    capturista.escribe("31/09/2021");
    assertTrue(
        capturista.texto().startsWith("31/09/2021 no es una fecha válida"), capturista.texto());
    capturista.escribe("20/10/2021");
    assertTrue(capturista.texto().startsWith("4/7 · Sentido"), capturista.texto());
    capturista.toca("Enviado al INE");
    assertTrue(capturista.texto().startsWith("5/7 · Asunto"), capturista.texto());
    capturista.escribe("Remite el informe mensual de septiembre");
    assertTrue(capturista.texto().startsWith("6/7 · Entregables"), capturista.texto());
    capturista.toca("E03");
    capturista.toca("Listo");
    assertTrue(capturista.texto().startsWith("7/7 · En respuesta a"), capturista.texto());
    capturista.toca("Omitir");
    String resumen = capturista.texto();
    assertTrue(resumen.startsWith("Revisa el oficio; todavía no se ha guardado:"), resumen);
    assertTrue(resumen.contains("Entidad: Durango (IEPC Durango)"), resumen);
    assertTrue(resumen.contains("Número: IEPC/SE/2200/2021"), resumen);
    assertTrue(resumen.contains("Fecha: 20/10/2021"), resumen);
    assertEquals(List.of("Guardar", "Corregir", "Cancelar"), capturista.botones());

    capturista.toca("Guardar");
    assertTrue(
        capturista
            .texto()
            .startsWith(
                "Guardado: el oficio IEPC/SE/2200/2021 (Durango, 20/10/2021) quedó registrado en"
                    + " el Proceso Electoral Local Ordinario 2021-2022."),
        capturista.texto());

    JsonObject existente = oficioRegistrado("durango", "IEPC/SE/2200/2021", "20/10/2021");
    assertEquals("Durango", existente.getString("entidad"));
    assertEquals("Remite el informe mensual de septiembre", existente.getString("asunto"));
    assertEquals("2021-10-20", existente.getString("fecha"));
    assertEquals("Enviado al INE", existente.getString("sentido"));
    assertEquals(
        List.of("E03"),
        existente.getJsonArray("entregables").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }

  @Test
  void laFormaDeUnaLineaYUnNumeroRepetido() throws Exception {
    ConversacionTelegram capturista = capturista(7600);
    capturista.escribe(
        "/oficio Coahuila IEC/SE/1901/2020 05/11/2020 enviado Remite el informe de octubre");
    assertTrue(
        capturista.texto().contains("Revisa el oficio; todavía no se ha guardado:"),
        capturista.texto());
    capturista.toca("Guardar");
    assertTrue(
        capturista
            .texto()
            .startsWith("Guardado: el oficio IEC/SE/1901/2020 (Coahuila, 05/11/2020)"),
        capturista.texto());
    assertEquals(
        "Remite el informe de octubre",
        oficioRegistrado("coahuila", "IEC/SE/1901/2020", "05/11/2020").getString("asunto"));

    capturista.escribe("/oficio Coahuila IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo");
    assertTrue(
        capturista
            .texto()
            .contains("El oficio IEC/SE/1766/2020 ya está registrado: Coahuila, 03/11/2020"),
        capturista.texto());
    capturista.escribe("/cancelar");
  }

  @Test
  void unUpdateRepetidoSeAtiendeUnaVez() throws Exception {
    ConversacionTelegram consejera = consejero(7700);
    int marca = telegram.marca();
    int id = telegram.escribe(7700, "/estado coahuila");
    telegram.esperaAtendido(id);
    assertEquals(1, telegram.mensajesA(7700, marca).size());

    telegram.reentrega(id);
    telegram.esperaAtendido(id);
    consejera.escribe("/ayuda");
    List<BotApiFalsa.Llamada> todas = telegram.mensajesA(7700, marca);
    assertEquals(
        1,
        todas.stream().filter(m -> m.texto().startsWith("PREP Coahuila")).count(),
        "el update repetido no se contesta otra vez");
  }

  private ClienteApi.Respuesta revocar(long usuarioTelegram) throws Exception {
    return api()
        .enviar(
            "DELETE",
            "/bot/usuarios/" + usuarioTelegram,
            "application/json",
            new byte[0],
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN);
  }

  @Test
  void revocarUnVinculoDejaDeAtenderloEnElSiguienteMensaje() throws Exception {
    ConversacionTelegram consejera = consejero(7800);
    assertTrue(consejera.escribe("estado dgo").texto().startsWith("PREP Durango"));
    ClienteApi.Respuesta r = revocar(7800);
    assertEquals(204, r.estado(), r.cuerpo());
    String negativa = consejera.escribe("estado dgo").texto();
    assertTrue(negativa.startsWith("Hola. Solo atiendo a personas autorizadas."), negativa);
    assertEquals(404, revocar(7800).estado());
  }

  @Test
  void tras429SeEsperaRetryAfterYSeReintenta() throws Exception {
    ConversacionTelegram consejera = consejero(7900);
    int marca = telegram.marca();
    telegram.limitarEnvios(1);
    consejera.escribe("/estado ags");
    List<BotApiFalsa.Llamada> intentos = telegram.mensajesA(7900, marca);
    assertEquals(2, intentos.size(), "el primer envío recibió 429; el segundo pasó");
    assertTrue(intentos.get(1).texto().startsWith("PREP Aguascalientes"));
  }

  @Test
  void elWebhookAtiendeConElSecretoYRechazaSinEl() throws Exception {
    consejero(8000);
    int id = telegram.idNuevo();
    byte[] update =
        telegram
            .updateDeTexto(id, 8000, "estado del prep durango")
            .toString()
            .getBytes(StandardCharsets.UTF_8);

    ClienteApi.Respuesta sinSecreto = webhook(update, null);
    assertEquals(401, sinSecreto.estado(), sinSecreto.cuerpo());
    assertTrue(sinSecreto.json().asJsonObject().getString("mensaje").contains("secreto"));
    ClienteApi.Respuesta malo = webhook(update, "otro-secreto");
    assertEquals(403, malo.estado(), malo.cuerpo());
    assertTrue(malo.json().asJsonObject().getString("mensaje").contains("secreto"));

    int marca = telegram.marca();
    assertEquals(200, webhook(update, SECRETO).estado());
    List<BotApiFalsa.Llamada> respuestas =
        telegram.espera(
            l -> l.numero() >= marca && l.metodo().equals("sendMessage") && l.chat() == 8000,
            1,
            PLAZO);
    assertEquals(1, respuestas.size());
    assertTrue(respuestas.get(0).texto().startsWith("PREP Durango · IEPC Durango"));

    assertEquals(200, webhook(update, SECRETO).estado(), "un repetido también recibe 200");
    int otro = telegram.idNuevo();
    webhook(
        telegram.updateDeTexto(otro, 8000, "/ayuda").toString().getBytes(StandardCharsets.UTF_8),
        SECRETO);
    List<BotApiFalsa.Llamada> despues =
        telegram.espera(
            l -> l.numero() >= marca && l.metodo().equals("sendMessage") && l.chat() == 8000,
            2,
            PLAZO);
    assertEquals(2, despues.size(), "la tarjeta una vez y la ayuda");
    assertFalse(despues.get(1).texto().startsWith("PREP Durango"));

    ClienteApi.Respuesta basura = webhook("no es json".getBytes(StandardCharsets.UTF_8), SECRETO);
    assertEquals(400, basura.estado(), basura.cuerpo());
  }

  @Test
  void laConsolaContestaComoElBot() throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/bot/consola",
                "application/json",
                Json.createObjectBuilder()
                    .add("texto", "¿Cómo va el PREP de Durango?")
                    .add("rol", "consejero")
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.estado(), r.cuerpo());
    List<String> respuestas =
        r
            .json()
            .asJsonObject()
            .getJsonArray("respuestas")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertEquals(1, respuestas.size());
    assertTrue(respuestas.get(0).startsWith("PREP Durango · IEPC Durango\n"), respuestas.get(0));
  }

  @Test
  void laApiDelBotEsSoloDelAdministrador() throws Exception {
    assertEquals(401, api().get("/bot/usuarios", null, null).estado());
  }

  private ClienteApi.Respuesta webhook(byte[] cuerpo, String secreto) throws Exception {
    java.net.http.HttpRequest.Builder peticion =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toString() + "api/telegram/webhook"))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(cuerpo))
            .header("Content-Type", "application/json");
    if (secreto != null) {
      peticion.header("X-Telegram-Bot-Api-Secret-Token", secreto);
    }
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                peticion.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new ClienteApi.Respuesta(
        r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
  }

  /** El oficio como lo muestra la API: registrar otra vez el mismo número responde 409 con él. */
  private JsonObject oficioRegistrado(String entidad, String numero, String fecha)
      throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/oficios",
                "application/json",
                Json.createObjectBuilder()
                    .add("entidad", entidad)
                    .add("numero", numero)
                    .add("fecha", fecha)
                    .add("sentido", "Enviado al INE")
                    .add("asunto", "Prueba de duplicado")
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(409, r.estado(), r.cuerpo());
    return r.json().asJsonObject().getJsonObject("existente");
  }
}
