package mx.seguimientoprep.bench.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Una Bot API falsa dentro de la medición: contesta getMe, setWebhook, deleteWebhook, getUpdates
 * (vacío) y answerCallbackQuery, y por cada sendMessage anota cuándo llegó y a qué chat. La
 * medición le dice, chat por chat, cuándo envió cada pregunta al webhook; como el servidor contesta
 * en orden dentro de un chat, la n-ésima respuesta a un chat es la de su n-ésima pregunta.
 */
final class BotApiDeMedicion {

  /** Una respuesta: el chat, el texto, y los nanosegundos desde su pregunta (-1 si no la hubo). */
  record Respuesta(long chat, String texto, long latenciaNanos) {}

  private final HttpServer servidor;
  private final ExecutorService hilos = Executors.newFixedThreadPool(8, hilo("bot-api-medicion"));
  private final String token;
  private final Map<Long, Deque<Long>> preguntas = new HashMap<>();
  private final List<Respuesta> respuestas = new ArrayList<>();
  private final Map<String, AtomicInteger> llamadas = new HashMap<>();
  private volatile int conexionesWebhook;

  /** {@code max_connections} de setWebhook, como JSON o como campo de un formulario multipart. */
  private static final Pattern CONEXIONES =
      Pattern.compile(
          "max_connections\"(?:\\s*:\\s*|[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n)(\\d+)");

  BotApiDeMedicion(int puerto, String token) throws IOException {
    this.token = token;
    // Sin TCP_NODELAY, las dos escrituras por respuesta del servidor del JDK chocan con el ACK
    // retrasado del cliente: unos 40 ms por llamada en una conexión persistente, que se medirían
    // como tiempo del bot.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    servidor = HttpServer.create(new InetSocketAddress("127.0.0.1", puerto), 200);
    servidor.setExecutor(hilos);
    servidor.createContext("/", this::atender);
    servidor.start();
  }

  /** Anota que en este instante se envía al webhook una pregunta del chat. */
  synchronized void pregunta(long chat, long nanos) {
    preguntas.computeIfAbsent(chat, c -> new ArrayDeque<>()).add(nanos);
  }

  /**
   * Las peticiones simultáneas que el servidor pidió en setWebhook ({@code max_connections}); 40,
   * el valor de Telegram, si no lo pidió.
   */
  int conexionesWebhook() {
    return conexionesWebhook > 0 ? conexionesWebhook : 40;
  }

  synchronized List<Respuesta> respuestas() {
    return List.copyOf(respuestas);
  }

  synchronized int llamadas(String metodo) {
    AtomicInteger cuenta = llamadas.get(metodo.toLowerCase(java.util.Locale.ROOT));
    return cuenta == null ? 0 : cuenta.get();
  }

  /** Espera hasta que haya al menos {@code cuantas} respuestas o pase el plazo. */
  synchronized int esperaRespuestas(int cuantas, long plazoMs) throws InterruptedException {
    long limite = System.currentTimeMillis() + plazoMs;
    while (respuestas.size() < cuantas) {
      long resta = limite - System.currentTimeMillis();
      if (resta <= 0) {
        break;
      }
      wait(resta);
    }
    return respuestas.size();
  }

  synchronized void esperaLlamada(String metodo, long plazoMs) throws InterruptedException {
    long limite = System.currentTimeMillis() + plazoMs;
    while (llamadas(metodo) == 0) {
      long resta = limite - System.currentTimeMillis();
      if (resta <= 0) {
        throw new IllegalStateException("La aplicación no llamó a " + metodo + " a tiempo.");
      }
      wait(resta);
    }
  }

  void detener() {
    servidor.stop(0);
    hilos.shutdownNow();
  }

  private void atender(HttpExchange intercambio) throws IOException {
    long llegada = System.nanoTime();
    String ruta = intercambio.getRequestURI().getPath();
    String cuerpo;
    try (InputStream entrada = intercambio.getRequestBody()) {
      cuerpo = new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!ruta.startsWith("/bot" + token + "/")) {
      responder(
          intercambio, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
      return;
    }
    String metodo = ruta.substring(ruta.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    synchronized (this) {
      llamadas.computeIfAbsent(metodo, m -> new AtomicInteger()).incrementAndGet();
      notifyAll();
    }
    switch (metodo) {
      case "getme" ->
          responder(
              intercambio,
              200,
              "{\"ok\":true,\"result\":{\"id\":777,\"is_bot\":true,\"first_name\":\"Medición\","
                  + "\"username\":\"SeguimientoPrepMedicionBot\"}}");
      case "getupdates" -> {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        responder(intercambio, 200, "{\"ok\":true,\"result\":[]}");
      }
      case "sendmessage" -> {
        JsonObject mensaje = Json.createReader(new StringReader(cuerpo)).readObject();
        long chat = Long.parseLong(mensaje.get("chat_id").toString().replace("\"", ""));
        String texto = mensaje.getString("text", "");
        synchronized (this) {
          Deque<Long> pendientes = preguntas.get(chat);
          Long enviada = pendientes == null ? null : pendientes.poll();
          respuestas.add(new Respuesta(chat, texto, enviada == null ? -1 : llegada - enviada));
          notifyAll();
        }
        responder(
            intercambio,
            200,
            "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":"
                + System.currentTimeMillis() / 1000
                + ",\"chat\":{\"id\":"
                + chat
                + ",\"type\":\"private\"},\"text\":\"ok\"}}");
      }
      case "setwebhook" -> {
        Matcher conexiones = CONEXIONES.matcher(cuerpo);
        if (conexiones.find()) {
          conexionesWebhook = Integer.parseInt(conexiones.group(1));
        }
        responder(intercambio, 200, "{\"ok\":true,\"result\":true}");
      }
      default -> responder(intercambio, 200, "{\"ok\":true,\"result\":true}");
    }
  }

  private static void responder(HttpExchange intercambio, int estado, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    intercambio.getResponseHeaders().set("Content-Type", "application/json");
    intercambio.sendResponseHeaders(estado, bytes.length);
    try (OutputStream salida = intercambio.getResponseBody()) {
      salida.write(bytes);
    }
  }

  static java.util.concurrent.ThreadFactory hilo(String nombre) {
    return r -> {
      Thread hilo = new Thread(r, nombre);
      hilo.setDaemon(true);
      return hilo;
    };
  }
}
