package mx.seguimientoprep.bench.bot;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import mx.seguimientoprep.bench.servidor.ServidorDeMedicion;

/**
 * Las personas de una medición que hablan con el bot del servidor por su webhook, como lo haría
 * Telegram: el servidor configurado contra la Bot API falsa, vincular personas (una invitación por
 * la API y {@code /start} por el webhook) y enviar sus mensajes.
 */
final class ChatsDelBot {

  static final String TOKEN = "777:token-de-la-medicion";
  static final String SECRETO = "secreto-de-la-medicion";

  /** El id de Telegram (y del chat privado) de la primera persona; las demás, los siguientes. */
  static final long PRIMER_USUARIO = 500_000;

  private final ServidorDeMedicion servidor;
  private final BotApiDeMedicion telegram;
  private final HttpClient http;
  private final AtomicInteger siguienteUpdate = new AtomicInteger(1);

  ChatsDelBot(ServidorDeMedicion servidor, BotApiDeMedicion telegram) {
    this.servidor = servidor;
    this.telegram = telegram;
    this.http = servidor.http();
  }

  /** El servidor con el bot en modo webhook contra la Bot API falsa de ese puerto. */
  static ServidorDeMedicion conBot(ServidorDeMedicion servidor, int puertoBotApi) {
    return servidor
        .conEntorno("TELEGRAM_BOT_TOKEN", TOKEN)
        .conEntorno("TELEGRAM_API_URL", "http://127.0.0.1:" + puertoBotApi)
        .conEntorno("TELEGRAM_MODO", "webhook")
        .conEntorno("TELEGRAM_WEBHOOK_URL", "https://medicion.invalid/prep/api/telegram/webhook")
        .conEntorno("TELEGRAM_WEBHOOK_SECRET", SECRETO);
  }

  /** Reserva {@code cuantos} ids de update seguidos; devuelve el primero. */
  int reservar(int cuantos) {
    return siguienteUpdate.getAndAdd(cuantos);
  }

  /** Vincula a {@code usuarios} personas como consejeras y espera que el bot se lo confirme. */
  void vincular(int usuarios) throws Exception {
    long inicio = System.nanoTime();
    int antes = telegram.respuestas().size();
    for (int i = 0; i < usuarios; i++) {
      String cuerpo =
          Json.createObjectBuilder()
              .add("rol", "consejero")
              .add("nombre", "Consejera " + i)
              .build()
              .toString();
      HttpResponse<String> r =
          http.send(
              servidor
                  .peticion("/bot/invitaciones")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 201) {
        throw new IllegalStateException("Invitación: " + r.statusCode() + " " + r.body());
      }
      String codigo =
          Json.createReader(new StringReader(r.body())).readObject().getString("codigo");
      webhook(update(reservar(1), PRIMER_USUARIO + i, "/start " + codigo));
    }
    int vinculados = telegram.esperaRespuestas(antes + usuarios, 60_000) - antes;
    long listos =
        telegram.respuestas().subList(antes, antes + vinculados).stream()
            .filter(r -> r.texto().contains("quedaste vinculado"))
            .count();
    System.out.printf(
        "Vinculados: %d de %d usuarios en %.1f s%n",
        listos, usuarios, (System.nanoTime() - inicio) / 1e9);
    if (listos != usuarios) {
      throw new IllegalStateException("No se vincularon todos los usuarios.");
    }
  }

  /** Un update por el webhook, con el secreto; devuelve el estado HTTP. */
  int webhook(String json) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(servidor.api("/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRETO)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Un mensaje de texto de esa persona en su chat privado, como lo manda Telegram. */
  static String update(int id, long usuario, String texto) {
    return Json.createObjectBuilder()
        .add("update_id", id)
        .add(
            "message",
            Json.createObjectBuilder()
                .add("message_id", id)
                .add("date", System.currentTimeMillis() / 1000)
                .add(
                    "chat",
                    Json.createObjectBuilder()
                        .add("id", usuario)
                        .add("type", "private")
                        .add("first_name", "Consejera"))
                .add(
                    "from",
                    Json.createObjectBuilder()
                        .add("id", usuario)
                        .add("is_bot", false)
                        .add("first_name", "Consejera"))
                .add("text", texto))
        .build()
        .toString();
  }
}
