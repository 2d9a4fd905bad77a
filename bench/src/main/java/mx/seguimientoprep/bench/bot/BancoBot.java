package mx.seguimientoprep.bench.bot;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * La medición del bot por el webhook (no es una prueba: imprime cifras y no falla por un tiempo).
 *
 * <p>Arranca el servidor que aprovisionó el build ({@code web-ear/ear/target/server}) con una copia
 * de su {@code standalone} y una base H2 nuevas en una carpeta temporal, los puertos desplazados en
 * 300 (8380 y 10290), los datos de demostración y el bot en modo webhook contra una Bot API falsa
 * de este mismo proceso (127.0.0.1:18381). Vincula 200 usuarios (invitación por la API y {@code
 * /start} por el webhook), envía 5 000 preguntas de estado por el webhook tan rápido como las
 * acepta y espera todas las respuestas; luego reenvía 250 updates ya atendidos, que no deben
 * contestarse otra vez. Las sentencias SQL y el tiempo dentro del servidor salen del registro de
 * cada update atendido (nivel FINE de {@code AtencionTelegram}, que la copia de la configuración
 * enciende).
 *
 * <p>Opciones: {@code --servidor DIR}, {@code --usuarios N}, {@code --preguntas N}, {@code --hilos
 * N} (peticiones simultáneas; por omisión, el {@code max_connections} que el servidor pidió en
 * setWebhook, como hace Telegram), {@code --ritmo N} (preguntas por segundo en vez de tan rápido
 * como las acepte), {@code --conservar} (no borra la carpeta temporal), {@code --perfil
 * ARCHIVO.jfr} (graba el servidor con JFR).
 */
public final class BancoBot {

  private static final int DESPLAZAMIENTO = 300;
  private static final int PUERTO_HTTP = 8080 + DESPLAZAMIENTO;
  private static final int PUERTO_GESTION = 9990 + DESPLAZAMIENTO;
  private static final int PUERTO_BOT_API = 18381;
  private static final String TOKEN = "777:token-de-la-medicion";
  private static final String SECRETO = "secreto-de-la-medicion";
  private static final String CLAVE = "clave-de-la-medicion";
  private static final long PRIMER_USUARIO = 500_000;

  private static final List<String> FRASES =
      List.of(
          "estado del PREP Durango",
          "/estado coahuila",
          "¿Cómo va el PREP de Aguascalientes?",
          "estado dgo",
          "DURANGO",
          "/estado ags");

  private static final Pattern ATENDIDO =
      Pattern.compile(
          "Update (\\d+) del chat (-?\\d+) (\\w+) en (\\d+) µs \\((\\d+) µs desde su llegada\\)"
              + " con (\\d+) sentencias SQL");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base = "http://127.0.0.1:" + PUERTO_HTTP + "/prep/api";
  private final AtomicInteger siguienteUpdate = new AtomicInteger(1);

  public static void main(String[] args) throws Exception {
    Path servidor = Path.of("web-ear/ear/target/server");
    int usuarios = 200;
    int preguntas = 5000;
    int hilos = 0;
    boolean conservar = false;
    int ritmo = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--servidor" -> servidor = Path.of(args[++i]);
        case "--usuarios" -> usuarios = Integer.parseInt(args[++i]);
        case "--preguntas" -> preguntas = Integer.parseInt(args[++i]);
        case "--hilos" -> hilos = Integer.parseInt(args[++i]);
        case "--conservar" -> conservar = true;
        case "--perfil" -> System.setProperty("banco.bot.jfr", args[++i]);
        case "--ritmo" -> ritmo = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Opción desconocida: " + args[i]);
      }
    }
    new BancoBot().medir(servidor.toAbsolutePath(), usuarios, preguntas, hilos, ritmo, conservar);
  }

  /**
   * @param ritmo preguntas por segundo entre todos los hilos; 0, tan rápido como las acepte
   */
  private void medir(
      Path servidor, int usuarios, int preguntas, int hilos, int ritmo, boolean conservar)
      throws Exception {
    exigirLibre(PUERTO_HTTP);
    exigirLibre(PUERTO_GESTION);
    Path temporal = Files.createTempDirectory("banco-bot-");
    BotApiDeMedicion telegram = new BotApiDeMedicion(PUERTO_BOT_API, TOKEN);
    Process proceso = null;
    try {
      Path base = prepararBase(servidor, temporal);
      System.out.printf("Servidor: %s (base %s)%n", servidor, base);
      long arranque = System.nanoTime();
      proceso = arrancar(servidor, base, temporal);
      esperarListo(telegram, proceso);
      System.out.printf(
          "Listo en %.1f s (webhook registrado con setWebhook).%n", segundos(arranque));

      // As Telegram does: as many simultaneous webhook requests as setWebhook asked for.
      int enParalelo = hilos > 0 ? hilos : telegram.conexionesWebhook();
      System.out.printf(
          "Peticiones simultáneas al webhook: %d (max_connections de setWebhook: %d)%n",
          enParalelo, telegram.conexionesWebhook());
      vincular(telegram, usuarios);
      int antes = telegram.respuestas().size();

      // The load: questions from every user, each thread sending its users' questions in order.
      List<List<Integer>> porHilo = new ArrayList<>();
      for (int h = 0; h < enParalelo; h++) {
        porHilo.add(new ArrayList<>());
      }
      for (int k = 0; k < preguntas; k++) {
        porHilo.get((k % usuarios) % enParalelo).add(k);
      }
      int primerUpdate = siguienteUpdate.get();
      Map<Integer, String> enviados = new HashMap<>();
      for (int k = 0; k < preguntas; k++) {
        enviados.put(primerUpdate + k, FRASES.get(k % FRASES.size()));
      }
      AtomicInteger rechazados = new AtomicInteger();
      ExecutorService clientes = Executors.newFixedThreadPool(enParalelo);
      long inicio = System.nanoTime();
      List<Future<?>> tareas = new ArrayList<>();
      for (List<Integer> lote : porHilo) {
        tareas.add(
            clientes.submit(
                () -> {
                  long intervalo = ritmo == 0 ? 0 : 1_000_000_000L * enParalelo / ritmo;
                  long siguiente = System.nanoTime();
                  for (int k : lote) {
                    if (intervalo > 0) {
                      long espera = siguiente - System.nanoTime();
                      if (espera > 0) {
                        TimeUnit.NANOSECONDS.sleep(espera);
                      }
                      siguiente += intervalo;
                    }
                    long chat = PRIMER_USUARIO + (k % usuarios);
                    String json = update(primerUpdate + k, chat, FRASES.get(k % FRASES.size()));
                    telegram.pregunta(chat, System.nanoTime());
                    int estado = webhook(json);
                    if (estado != 200) {
                      rechazados.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> tarea : tareas) {
        tarea.get();
      }
      double aceptacion = segundos(inicio);
      siguienteUpdate.addAndGet(preguntas);
      int recibidas = telegram.esperaRespuestas(antes + preguntas, 180_000) - antes;
      List<BotApiDeMedicion.Respuesta> respuestas =
          telegram.respuestas().subList(antes, antes + recibidas);
      double total = segundos(inicio);

      // Redeliveries: updates already answered, posted again; none may be answered twice.
      for (int i = 0; i < Math.min(250, preguntas); i++) {
        int k = (i * 20) % preguntas;
        webhook(update(primerUpdate + k, PRIMER_USUARIO + (k % usuarios), "estado dgo"));
      }
      Thread.sleep(3000);
      int despuesDeReenviar = telegram.respuestas().size() - antes;
      clientes.shutdown();

      List<Long> latencias =
          respuestas.stream()
              .filter(r -> r.latenciaNanos() >= 0)
              .map(BotApiDeMedicion.Respuesta::latenciaNanos)
              .sorted()
              .toList();
      long tarjetas = respuestas.stream().filter(r -> r.texto().startsWith("PREP ")).count();
      Map<Long, Integer> porChat = new HashMap<>();
      respuestas.forEach(r -> porChat.merge(r.chat(), 1, Integer::sum));
      int esperadasPorChat = preguntas / usuarios;
      long chatsDistintos =
          porChat.values().stream()
              .filter(n -> n != esperadasPorChat && n != esperadasPorChat + 1)
              .count();

      detener(proceso);
      proceso = null;
      Registro registro = leerRegistro(base.resolve("log/server.log"), primerUpdate, preguntas);

      System.out.println();
      System.out.println(
          "== Bot por webhook: "
              + preguntas
              + " preguntas de "
              + usuarios
              + " usuarios, "
              + (ritmo == 0 ? "tan rápido como las acepta" : ritmo + " por segundo")
              + " ==");
      System.out.printf(
          "Updates aceptados:        %d en %.2f s = %.0f por segundo (%d rechazados)%n",
          preguntas - rechazados.get(),
          aceptacion,
          (preguntas - rechazados.get()) / aceptacion,
          rechazados.get());
      System.out.printf(
          "Respuestas enviadas:      %d en %.2f s = %.0f por segundo (%d tarjetas de estado)%n",
          recibidas, total, recibidas / total, tarjetas);
      System.out.printf(
          "Del POST al sendMessage:  mediana %.1f ms, p99 %.1f ms, máximo %.1f ms%n",
          ms(percentil(latencias, 50)),
          ms(percentil(latencias, 99)),
          ms(percentil(latencias, 100)));
      System.out.printf(
          "En el servidor, de la llegada del update al último sendMessage: mediana %.1f ms, p99"
              + " %.1f ms, máximo %.1f ms (objetivo p99 < 100 ms)%n",
          registro.desdeLaLlegadaMs(50),
          registro.desdeLaLlegadaMs(99),
          registro.desdeLaLlegadaMs(100));
      System.out.printf(
          "  de ello, la atención (de tomarlo de la cola al último sendMessage): mediana %.1f ms,"
              + " p99 %.1f ms%n",
          registro.percentilMs(50), registro.percentilMs(99));
      System.out.printf(
          "Sentencias SQL por respuesta: mediana %d, media %.2f, máximo %d (%d updates en el registro)%n",
          registro.sentenciasPercentil(50),
          registro.sentenciasMedia(),
          registro.sentenciasPercentil(100),
          registro.cuantos());
      System.out.printf(
          "Perdidas: %d; contestadas de más: %d; chats con otra cuenta de respuestas: %d;"
              + " respuestas a los %d reenvíos: %d%n",
          Math.max(0, preguntas - recibidas),
          Math.max(0, recibidas - preguntas),
          chatsDistintos,
          Math.min(250, preguntas),
          despuesDeReenviar - recibidas);
    } finally {
      if (proceso != null) {
        detener(proceso);
      }
      telegram.detener();
      if (!conservar) {
        borrar(temporal);
      } else {
        System.out.println("Se conserva " + temporal);
      }
    }
  }

  /**
   * A copy of the server's standalone (configuration and the deployed EAR), with FINE logs of the
   * bot.
   */
  private static Path prepararBase(Path servidor, Path temporal) throws IOException {
    Path origen = servidor.resolve("standalone");
    Path base = temporal.resolve("standalone");
    for (String carpeta : List.of("configuration", "deployments")) {
      try (Stream<Path> archivos = Files.walk(origen.resolve(carpeta))) {
        for (Path archivo : archivos.toList()) {
          Path destino = base.resolve(origen.relativize(archivo).toString());
          if (Files.isDirectory(archivo)) {
            Files.createDirectories(destino);
          } else if (!archivo.toString().contains("standalone_xml_history")) {
            Files.copy(archivo, destino, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    Path configuracion = base.resolve("configuration/standalone.xml");
    String xml = Files.readString(configuracion);
    String registro =
        "<logger category=\"mx.seguimientoprep.web.telegram.AtencionTelegram\">"
            + "<level name=\"DEBUG\"/></logger>";
    xml = xml.replaceFirst("(\\s*)<root-logger>", "$1" + registro + "$1<root-logger>");
    Files.writeString(configuracion, xml);
    return base;
  }

  private static Process arrancar(Path servidor, Path base, Path temporal) throws IOException {
    ProcessBuilder proceso =
        new ProcessBuilder(
            servidor.resolve("bin/standalone.sh").toString(),
            "-Djboss.server.base.dir=" + base,
            "-Djboss.socket.binding.port-offset=" + DESPLAZAMIENTO);
    Map<String, String> entorno = proceso.environment();
    entorno.put("PREP_ADMIN_PASSWORD", CLAVE);
    entorno.put("PREP_DEMO", "true");
    entorno.put("PREP_H2_ARCHIVO", temporal.resolve("bd/prep").toString());
    entorno.put("PREP_FECHA_REFERENCIA", "2021-10-31");
    entorno.put("TELEGRAM_BOT_TOKEN", TOKEN);
    entorno.put("TELEGRAM_API_URL", "http://127.0.0.1:" + PUERTO_BOT_API);
    entorno.put("TELEGRAM_MODO", "webhook");
    entorno.put("TELEGRAM_WEBHOOK_URL", "https://medicion.invalid/prep/api/telegram/webhook");
    entorno.put("TELEGRAM_WEBHOOK_SECRET", SECRETO);
    // The JVM options are the provisioned server's own (bin/standalone.conf), as an administrator
    // would run it; with --perfil, a JFR recording of the server is added.
    String grabacion = System.getProperty("banco.bot.jfr");
    if (grabacion != null) {
      entorno.put(
          "JDK_JAVA_OPTIONS",
          "-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=settings=profile,"
              + "dumponexit=true,filename="
              + grabacion);
    }
    proceso.redirectErrorStream(true);
    proceso.redirectOutput(temporal.resolve("consola.log").toFile());
    return proceso.start();
  }

  private void esperarListo(BotApiDeMedicion telegram, Process proceso) throws Exception {
    long limite = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < limite) {
      if (!proceso.isAlive()) {
        throw new IllegalStateException("El servidor terminó al arrancar; vea consola.log.");
      }
      try {
        HttpResponse<String> salud =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + PUERTO_GESTION + "/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (salud.statusCode() == 200) {
          telegram.esperaLlamada("setWebhook", 60_000);
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("El servidor no quedó listo en 4 minutos.");
  }

  private void vincular(BotApiDeMedicion telegram, int usuarios) throws Exception {
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
              HttpRequest.newBuilder(URI.create(base + "/bot/invitaciones"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", basica())
                  .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 201) {
        throw new IllegalStateException("Invitación: " + r.statusCode() + " " + r.body());
      }
      String codigo =
          Json.createReader(new java.io.StringReader(r.body())).readObject().getString("codigo");
      webhook(update(siguienteUpdate.getAndIncrement(), PRIMER_USUARIO + i, "/start " + codigo));
    }
    int vinculados = telegram.esperaRespuestas(antes + usuarios, 60_000) - antes;
    long listos =
        telegram.respuestas().subList(antes, antes + vinculados).stream()
            .filter(r -> r.texto().contains("quedaste vinculado"))
            .count();
    System.out.printf(
        "Vinculados: %d de %d usuarios en %.1f s%n", listos, usuarios, segundos(inicio));
    if (listos != usuarios) {
      throw new IllegalStateException("No se vincularon todos los usuarios.");
    }
  }

  private int webhook(String json) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRETO)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String update(int id, long usuario, String texto) {
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

  private static String basica() {
    return "Basic "
        + Base64.getEncoder().encodeToString(("admin:" + CLAVE).getBytes(StandardCharsets.UTF_8));
  }

  /** The FINE lines of the updates of the load: time in the server and SQL statements. */
  private record Registro(List<Long> micros, List<Long> desdeLaLlegada, List<Long> sentencias) {

    int cuantos() {
      return micros.size();
    }

    double percentilMs(int p) {
      return percentil(micros, p) / 1000.0;
    }

    double desdeLaLlegadaMs(int p) {
      return percentil(desdeLaLlegada, p) / 1000.0;
    }

    long sentenciasPercentil(int p) {
      return percentil(sentencias, p);
    }

    double sentenciasMedia() {
      return sentencias.stream().mapToLong(Long::longValue).average().orElse(0);
    }
  }

  private static Registro leerRegistro(Path archivo, int primero, int cuantos) throws IOException {
    List<Long> micros = new ArrayList<>();
    List<Long> desdeLaLlegada = new ArrayList<>();
    List<Long> sentencias = new ArrayList<>();
    try (Stream<String> lineas = Files.lines(archivo, StandardCharsets.UTF_8)) {
      lineas.forEach(
          linea -> {
            Matcher m = ATENDIDO.matcher(linea);
            if (m.find()) {
              int id = Integer.parseInt(m.group(1));
              if (id >= primero && id < primero + cuantos) {
                micros.add(Long.parseLong(m.group(4)));
                desdeLaLlegada.add(Long.parseLong(m.group(5)));
                sentencias.add(Long.parseLong(m.group(6)));
              }
            }
          });
    }
    micros.sort(Comparator.naturalOrder());
    desdeLaLlegada.sort(Comparator.naturalOrder());
    sentencias.sort(Comparator.naturalOrder());
    return new Registro(micros, desdeLaLlegada, sentencias);
  }

  private static long percentil(List<Long> ordenados, int p) {
    if (ordenados.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * ordenados.size()) - 1;
    return ordenados.get(Math.max(0, Math.min(i, ordenados.size() - 1)));
  }

  /** Stops the server: standalone.sh does not pass the signal on, so its java child gets it too. */
  private static void detener(Process proceso) throws InterruptedException {
    List<ProcessHandle> hijos = proceso.descendants().toList();
    hijos.forEach(ProcessHandle::destroy);
    proceso.destroy();
    for (ProcessHandle hijo : hijos) {
      try {
        hijo.onExit().get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        hijo.destroyForcibly();
      }
    }
    if (!proceso.waitFor(10, TimeUnit.SECONDS)) {
      proceso.destroyForcibly();
    }
  }

  private static void exigirLibre(int puerto) throws IOException {
    try (java.net.ServerSocket prueba =
        new java.net.ServerSocket(puerto, 1, java.net.InetAddress.getLoopbackAddress())) {
      prueba.setReuseAddress(true);
    } catch (java.net.BindException e) {
      throw new IllegalStateException(
          "El puerto " + puerto + " está ocupado: ¿otro servidor con el desplazamiento 300?", e);
    }
  }

  private static double segundos(long desde) {
    return (System.nanoTime() - desde) / 1e9;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static void borrar(Path carpeta) {
    try (Stream<Path> archivos = Files.walk(carpeta)) {
      archivos.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
