package mx.seguimientoprep.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Un servidor de la Bot API escrito para las pruebas, en 127.0.0.1:{@value #PUERTO}: la aplicación
 * bajo prueba lo alcanza por {@code TELEGRAM_API_URL} (el entorno de failsafe). Atiende getMe,
 * getUpdates (con offsets y una espera de long polling de a lo más un segundo), sendMessage,
 * sendDocument (multipart: guarda el archivo para que la prueba lo abra), answerCallbackQuery,
 * setWebhook, deleteWebhook y setMyCommands, y registra cada llamada. Un solo servidor para toda la
 * corrida de la suite.
 */
final class BotApiFalsa {

  static final int PUERTO = 18081;

  /** TELEGRAM_BOT_TOKEN del servidor de prueba (web-ear/it/pom.xml). */
  static final String TOKEN = "123456:token-de-pruebas-it";

  static final String NOMBRE_DEL_BOT = "SeguimientoPrepPruebasBot";

  private static final long ESPERA_MAXIMA_MS = 1000;

  /** Un archivo que llegó en una llamada multipart (sendDocument): su nombre y sus bytes. */
  record Archivo(String nombre, byte[] contenido) {}

  /**
   * Una llamada que hizo la aplicación: el método y su cuerpo (JSON; en una multipart, sus campos
   * de texto), el cuerpo crudo y, en sendDocument, el archivo.
   */
  record Llamada(int numero, String metodo, JsonObject cuerpo, String crudo, Archivo archivo) {

    /** La leyenda de un documento. */
    String leyenda() {
      return cuerpo.getString("caption", "");
    }

    long chat() {
      return Long.parseLong(cuerpo.get("chat_id").toString().replace("\"", ""));
    }

    String texto() {
      return cuerpo.getString("text");
    }

    /** Las etiquetas de los botones en línea, fila tras fila. */
    List<String> botones() {
      List<String> etiquetas = new ArrayList<>();
      if (cuerpo.containsKey("reply_markup")) {
        for (JsonArray fila :
            cuerpo
                .getJsonObject("reply_markup")
                .getJsonArray("inline_keyboard")
                .getValuesAs(JsonArray.class)) {
          fila.getValuesAs(JsonObject.class).forEach(b -> etiquetas.add(b.getString("text")));
        }
      }
      return etiquetas;
    }

    /** El callback data del botón con esa etiqueta. */
    Optional<String> datosDe(String etiqueta) {
      if (!cuerpo.containsKey("reply_markup")) {
        return Optional.empty();
      }
      return cuerpo
          .getJsonObject("reply_markup")
          .getJsonArray("inline_keyboard")
          .getValuesAs(JsonArray.class)
          .stream()
          .flatMap(f -> f.getValuesAs(JsonObject.class).stream())
          .filter(b -> b.getString("text").equals(etiqueta))
          .map(b -> b.getString("callback_data"))
          .findFirst();
    }
  }

  private record Pendiente(int id, JsonObject update, boolean aunqueConfirmado) {}

  private static BotApiFalsa instancia;

  private final HttpServer servidor;
  private final List<Llamada> llamadas = new ArrayList<>();
  private final List<Pendiente> pendientes = new ArrayList<>();
  private final List<Integer> entregadoEnLlamada = new ArrayList<>();
  private final List<Integer> idsEntregados = new ArrayList<>();
  private int confirmadosHasta;
  private int siguienteUpdate = 1000;
  private int siguienteMensaje = 1;
  private int limitesPorDar;

  private BotApiFalsa() throws IOException {
    // Sin TCP_NODELAY, las dos escrituras por respuesta del servidor del JDK topan con el ACK
    // retrasado del cliente: unos 40 ms por llamada en una conexión persistente, que se medirían
    // como tiempo del bot.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    servidor = HttpServer.create(new InetSocketAddress("127.0.0.1", PUERTO), 0);
    servidor.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread hilo = new Thread(r, "bot-api-falsa");
              hilo.setDaemon(true);
              return hilo;
            }));
    servidor.createContext("/", this::atender);
    servidor.start();
  }

  /** El servidor, que arranca la primera vez que se usa. */
  static synchronized BotApiFalsa iniciada() {
    if (instancia == null) {
      try {
        instancia = new BotApiFalsa();
      } catch (IOException e) {
        throw new IllegalStateException("No se pudo abrir 127.0.0.1:" + PUERTO, e);
      }
    }
    return instancia;
  }

  // Lo que hace una persona en Telegram.

  /** Un mensaje de texto de un usuario en su chat privado con el bot; devuelve su update_id. */
  synchronized int escribe(long usuario, String texto) {
    int id = siguienteUpdate++;
    JsonObject update =
        Json.createObjectBuilder()
            .add("update_id", id)
            .add(
                "message",
                Json.createObjectBuilder()
                    .add("message_id", siguienteMensaje++)
                    .add("date", ahora())
                    .add("chat", chatPrivado(usuario))
                    .add("from", usuario(usuario))
                    .add("text", texto))
            .build();
    encolar(new Pendiente(id, update, false));
    return id;
  }

  /** Un toque en un botón en línea bajo uno de los mensajes del bot; devuelve su update_id. */
  synchronized int toca(long usuario, String datos) {
    int id = siguienteUpdate++;
    JsonObject update =
        Json.createObjectBuilder()
            .add("update_id", id)
            .add(
                "callback_query",
                Json.createObjectBuilder()
                    .add("id", "cb-" + id)
                    .add("from", usuario(usuario))
                    .add(
                        "message",
                        Json.createObjectBuilder()
                            .add("message_id", siguienteMensaje++)
                            .add("date", ahora())
                            .add("chat", chatPrivado(usuario))
                            .add("text", "…"))
                    .add("chat_instance", "ci-" + usuario)
                    .add("data", datos))
            .build();
    encolar(new Pendiente(id, update, false));
    return id;
  }

  /** El mismo update otra vez, como hace Telegram cuando no oyó una respuesta a tiempo. */
  synchronized void reentrega(int updateId) {
    JsonObject update = entregados.get(updateId);
    encolar(new Pendiente(updateId, update, true));
  }

  /** El JSON de un update, como Telegram lo enviaría a un webhook. */
  synchronized JsonObject updateDeTexto(int id, long usuario, String texto) {
    return Json.createObjectBuilder()
        .add("update_id", id)
        .add(
            "message",
            Json.createObjectBuilder()
                .add("message_id", siguienteMensaje++)
                .add("date", ahora())
                .add("chat", chatPrivado(usuario))
                .add("from", usuario(usuario))
                .add("text", texto))
        .build();
  }

  /** Un update_id que ningún otro update de la corrida usa (para las pruebas del webhook). */
  synchronized int idNuevo() {
    return siguienteUpdate++;
  }

  /** Las siguientes {@code veces} llamadas a sendMessage responden 429 con retry_after 1. */
  synchronized void limitarEnvios(int veces) {
    limitesPorDar = veces;
  }

  // Lo que leen las pruebas.

  /** Espera a que la aplicación haya atendido el update: un getUpdates después de su entrega. */
  void esperaAtendido(int updateId) throws InterruptedException {
    long limite = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    synchronized (this) {
      while (true) {
        int entrega = idsEntregados.lastIndexOf(updateId);
        if (entrega >= 0 && llamadasDe("getUpdates") > entregadoEnLlamada.get(entrega)) {
          return;
        }
        long resta = limite - System.nanoTime();
        if (resta <= 0) {
          throw new AssertionError("La aplicación no atendió el update " + updateId);
        }
        wait(Math.max(1, resta / 1_000_000));
      }
    }
  }

  /**
   * Espera a que coincidan al menos {@code cuantos} llamadas, y devuelve todas las que coinciden.
   */
  List<Llamada> espera(Predicate<Llamada> condicion, int cuantos, Duration plazo)
      throws InterruptedException {
    long limite = System.nanoTime() + plazo.toNanos();
    synchronized (this) {
      while (true) {
        List<Llamada> halladas = llamadas.stream().filter(condicion).toList();
        if (halladas.size() >= cuantos) {
          return halladas;
        }
        long resta = limite - System.nanoTime();
        if (resta <= 0) {
          return halladas;
        }
        wait(Math.max(1, resta / 1_000_000));
      }
    }
  }

  synchronized int marca() {
    return llamadas.size();
  }

  /** Los mensajes enviados al chat desde la marca, en orden. */
  synchronized List<Llamada> mensajesA(long chat, int desde) {
    return llamadas.subList(desde, llamadas.size()).stream()
        .filter(l -> l.metodo().equals("sendMessage") && l.chat() == chat)
        .toList();
  }

  synchronized List<Llamada> llamadas(String metodo, int desde) {
    return llamadas.subList(desde, llamadas.size()).stream()
        .filter(l -> l.metodo().equals(metodo))
        .toList();
  }

  // El servidor.

  private final java.util.Map<Integer, JsonObject> entregados = new java.util.HashMap<>();

  private void encolar(Pendiente pendiente) {
    pendientes.add(pendiente);
    notifyAll();
  }

  private void atender(HttpExchange intercambio) throws IOException {
    // El cliente puede escribir el ':' del token como %3A; getPath() lo decodifica.
    String ruta = intercambio.getRequestURI().getPath();
    if (!ruta.startsWith("/bot" + TOKEN + "/")) {
      responder(
          intercambio, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
      return;
    }
    // Los nombres de método de la Bot API no distinguen mayúsculas (el cliente escribe getme,
    // sendmessage…).
    String metodo = canonico(ruta.substring(ruta.lastIndexOf('/') + 1));
    byte[] bytes;
    try (InputStream entrada = intercambio.getRequestBody()) {
      bytes = entrada.readAllBytes();
    }
    String crudo = new String(bytes, StandardCharsets.UTF_8);
    String tipo = intercambio.getRequestHeaders().getFirst("Content-Type");
    Multipart multipart =
        tipo != null && tipo.startsWith("multipart/form-data") ? Multipart.de(tipo, bytes) : null;
    JsonObject cuerpo =
        multipart != null
            ? multipart.campos()
            : tipo != null && tipo.startsWith("application/json") && !crudo.isBlank()
                ? Json.createReader(new StringReader(crudo)).readObject()
                : Json.createObjectBuilder().build();
    String respuesta;
    int estado = 200;
    try {
      switch (metodo) {
        case "getUpdates" -> respuesta = getUpdates(cuerpo, crudo);
        case "sendMessage" -> {
          synchronized (this) {
            registrar(metodo, cuerpo, crudo);
            if (limitesPorDar > 0) {
              limitesPorDar--;
              estado = 429;
              respuesta =
                  "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry"
                      + " after 1\",\"parameters\":{\"retry_after\":1}}";
            } else {
              respuesta = ok(mensajeEnviado(cuerpo));
            }
          }
        }
        case "sendDocument" -> {
          synchronized (this) {
            llamadas.add(
                new Llamada(
                    llamadas.size(),
                    metodo,
                    cuerpo,
                    crudo,
                    multipart == null ? null : multipart.archivo()));
            notifyAll();
            respuesta = ok(mensajeEnviado(cuerpo));
          }
        }
        case "getMe" -> {
          registrar(metodo, cuerpo, crudo);
          respuesta =
              ok(
                  Json.createObjectBuilder()
                      .add("id", 123456)
                      .add("is_bot", true)
                      .add("first_name", "Seguimiento PREP (pruebas)")
                      .add("username", NOMBRE_DEL_BOT)
                      .build()
                      .toString());
        }
        default -> {
          registrar(metodo, cuerpo, crudo);
          respuesta = ok("true");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      estado = 500;
      respuesta = "{\"ok\":false,\"error_code\":500,\"description\":\"interrupted\"}";
    }
    responder(intercambio, estado, respuesta);
  }

  private static void responder(HttpExchange intercambio, int estado, String respuesta)
      throws IOException {
    byte[] bytes = respuesta.getBytes(StandardCharsets.UTF_8);
    intercambio.getResponseHeaders().set("Content-Type", "application/json");
    intercambio.sendResponseHeaders(estado, bytes.length);
    try (OutputStream salida = intercambio.getResponseBody()) {
      salida.write(bytes);
    }
  }

  private static final List<String> METODOS =
      List.of(
          "getMe",
          "getUpdates",
          "sendMessage",
          "sendDocument",
          "answerCallbackQuery",
          "setWebhook",
          "deleteWebhook",
          "setMyCommands");

  private static String canonico(String metodo) {
    return METODOS.stream().filter(m -> m.equalsIgnoreCase(metodo)).findFirst().orElse(metodo);
  }

  private String getUpdates(JsonObject cuerpo, String crudo) throws InterruptedException {
    int offset = cuerpo.containsKey("offset") ? cuerpo.getInt("offset") : 0;
    long espera =
        Math.min(
            ESPERA_MAXIMA_MS,
            (cuerpo.containsKey("timeout") ? cuerpo.getInt("timeout") : 0) * 1000L);
    long limite = System.nanoTime() + espera * 1_000_000;
    synchronized (this) {
      registrar("getUpdates", cuerpo, crudo);
      confirmadosHasta = Math.max(confirmadosHasta, offset);
      while (true) {
        pendientes.removeIf(p -> p.id() < confirmadosHasta && !p.aunqueConfirmado());
        if (!pendientes.isEmpty()) {
          JsonArrayBuilder lote = Json.createArrayBuilder();
          int llamada = llamadasDe("getUpdates");
          for (Pendiente p : pendientes) {
            lote.add(p.update());
            entregados.put(p.id(), p.update());
            idsEntregados.add(p.id());
            entregadoEnLlamada.add(llamada);
          }
          pendientes.removeIf(Pendiente::aunqueConfirmado);
          return ok(lote.build().toString());
        }
        long resta = limite - System.nanoTime();
        if (resta <= 0) {
          return ok("[]");
        }
        wait(Math.max(1, resta / 1_000_000));
      }
    }
  }

  private synchronized void registrar(String metodo, JsonObject cuerpo, String crudo) {
    llamadas.add(new Llamada(llamadas.size(), metodo, cuerpo, crudo, null));
    notifyAll();
  }

  private int llamadasDe(String metodo) {
    return (int) llamadas.stream().filter(l -> l.metodo().equals(metodo)).count();
  }

  private String mensajeEnviado(JsonObject cuerpo) {
    long chat = Long.parseLong(cuerpo.get("chat_id").toString().replace("\"", ""));
    return Json.createObjectBuilder()
        .add("message_id", siguienteMensaje++)
        .add("date", ahora())
        .add("chat", chatPrivado(chat))
        .add("text", cuerpo.getString("text", ""))
        .build()
        .toString();
  }

  private static String ok(String resultado) {
    return "{\"ok\":true,\"result\":" + resultado + "}";
  }

  private static long ahora() {
    return System.currentTimeMillis() / 1000;
  }

  private static JsonObjectBuilder chatPrivado(long usuario) {
    return Json.createObjectBuilder()
        .add("id", usuario)
        .add("type", "private")
        .add("first_name", "Persona " + usuario);
  }

  private static JsonObjectBuilder usuario(long usuario) {
    return Json.createObjectBuilder()
        .add("id", usuario)
        .add("is_bot", false)
        .add("first_name", "Persona " + usuario);
  }

  /** Un cuerpo multipart/form-data leído por bytes: los campos de texto y el (único) archivo. */
  private record Multipart(JsonObject campos, Archivo archivo) {

    private static final Pattern LIMITE = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NOMBRE = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern ARCHIVO = Pattern.compile("filename=\"([^\"]*)\"");

    static Multipart de(String tipo, byte[] cuerpo) {
      Matcher limite = LIMITE.matcher(tipo);
      if (!limite.find()) {
        throw new IllegalArgumentException("multipart sin boundary: " + tipo);
      }
      byte[] separador = ("--" + limite.group(1)).getBytes(StandardCharsets.ISO_8859_1);
      JsonObjectBuilder campos = Json.createObjectBuilder();
      Archivo archivo = null;
      int desde = indice(cuerpo, separador, 0);
      while (desde >= 0) {
        int inicio = desde + separador.length;
        if (inicio + 1 < cuerpo.length && cuerpo[inicio] == '-' && cuerpo[inicio + 1] == '-') {
          break;
        }
        inicio += 2;
        int siguiente = indice(cuerpo, separador, inicio);
        if (siguiente < 0) {
          break;
        }
        int finDeEncabezados =
            indice(cuerpo, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), inicio);
        String encabezados =
            new String(cuerpo, inicio, finDeEncabezados - inicio, StandardCharsets.UTF_8);
        byte[] valor = java.util.Arrays.copyOfRange(cuerpo, finDeEncabezados + 4, siguiente - 2);
        Matcher nombre = NOMBRE.matcher(encabezados);
        Matcher nombreDeArchivo = ARCHIVO.matcher(encabezados);
        if (nombreDeArchivo.find()) {
          archivo = new Archivo(nombreDeArchivo.group(1), valor);
        } else if (nombre.find()) {
          campos.add(nombre.group(1), new String(valor, StandardCharsets.UTF_8));
        }
        desde = siguiente;
      }
      return new Multipart(campos.build(), archivo);
    }

    private static int indice(byte[] en, byte[] buscado, int desde) {
      for (int i = desde; i <= en.length - buscado.length; i++) {
        int j = 0;
        while (j < buscado.length && en[i + j] == buscado[j]) {
          j++;
        }
        if (j == buscado.length) {
          return i;
        }
      }
      return -1;
    }
  }
}
