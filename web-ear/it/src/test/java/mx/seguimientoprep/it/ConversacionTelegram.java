package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Una persona que habla con el bot por la Bot API falsa: cada mensaje o toque espera a que la
 * aplicación lo atienda y devuelve lo que el bot respondió a ese chat.
 */
final class ConversacionTelegram {

  private final BotApiFalsa api;
  private final long usuario;
  private List<BotApiFalsa.Llamada> ultimas = List.of();

  ConversacionTelegram(BotApiFalsa api, long usuario) {
    this.api = api;
    this.usuario = usuario;
  }

  /** Crea una invitación con la API (como admin) y envía {@code /start <código>}. */
  static ConversacionTelegram vinculada(
      BotApiFalsa api, ClienteApi cliente, long usuario, String rol) throws Exception {
    ConversacionTelegram conversacion = new ConversacionTelegram(api, usuario);
    String codigo = invitar(cliente, rol, "Persona " + usuario);
    String respuesta = conversacion.escribe("/start " + codigo).texto();
    if (!respuesta.contains("quedaste vinculado con el rol " + rol)) {
      throw new AssertionError("No se vinculó: " + respuesta);
    }
    return conversacion;
  }

  static String invitar(ClienteApi cliente, String rol, String nombre) throws Exception {
    ClienteApi.Respuesta r =
        cliente.enviar(
            "POST",
            "/bot/invitaciones",
            "application/json",
            Json.createObjectBuilder()
                .add("rol", rol)
                .add("nombre", nombre)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8),
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN);
    assertEquals(201, r.estado(), r.cuerpo());
    JsonObject invitacion = r.json().asJsonObject();
    return invitacion.getString("codigo");
  }

  ConversacionTelegram escribe(String texto) throws InterruptedException {
    int marca = api.marca();
    int id = api.escribe(usuario, texto);
    api.esperaAtendido(id);
    ultimas = api.mensajesA(usuario, marca);
    return this;
  }

  /** Toca el botón con esa etiqueta bajo el último mensaje del bot que lo tiene. */
  ConversacionTelegram toca(String etiqueta) throws InterruptedException {
    String datos = null;
    for (int i = ultimas.size() - 1; i >= 0 && datos == null; i--) {
      datos = ultimas.get(i).datosDe(etiqueta).orElse(null);
    }
    if (datos == null) {
      throw new AssertionError("No hay botón «" + etiqueta + "» en: " + texto());
    }
    int marca = api.marca();
    int id = api.toca(usuario, datos);
    api.esperaAtendido(id);
    assertFalse(
        api.llamadas("answerCallbackQuery", marca).stream()
            .noneMatch(l -> l.cuerpo().getString("callback_query_id").equals("cb-" + id)),
        "cada botón tocado se contesta con answerCallbackQuery");
    ultimas = api.mensajesA(usuario, marca);
    return this;
  }

  /** Lo que el bot respondió al último mensaje, sus mensajes unidos por una línea en blanco. */
  String texto() {
    return String.join("\n\n", ultimas.stream().map(BotApiFalsa.Llamada::texto).toList());
  }

  List<BotApiFalsa.Llamada> mensajes() {
    return ultimas;
  }

  /** Las etiquetas de los botones del último mensaje. */
  List<String> botones() {
    return ultimas.isEmpty() ? List.of() : ultimas.get(ultimas.size() - 1).botones();
  }

  long usuario() {
    return usuario;
  }
}
