package mx.seguimientoprep.bench.bot;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import mx.seguimientoprep.bench.servidor.Muestra;
import mx.seguimientoprep.bench.servidor.ServidorDeMedicion;

/**
 * La medición del bot por el webhook (no es una prueba: imprime cifras y no falla por un tiempo).
 *
 * <p>Arranca una copia del servidor que aprovisionó el build ({@code web-ear/ear/target/server},
 * {@link ServidorDeMedicion}) con una base H2 nueva en una carpeta temporal, los puertos
 * desplazados en 300 (8380 y 10290), los datos de demostración y el bot en modo webhook contra una
 * Bot API falsa de este mismo proceso (127.0.0.1:18381). Vincula 200 usuarios (invitación por la
 * API y {@code /start} por el webhook), envía 5 000 preguntas de estado por el webhook tan rápido
 * como las acepta y espera todas las respuestas; luego reenvía 250 updates ya atendidos, que no
 * deben contestarse otra vez. Las sentencias SQL y el tiempo dentro del servidor salen del registro
 * de cada update atendido (nivel FINE de {@code AtencionTelegram}, que la copia de la configuración
 * enciende).
 *
 * <p>Opciones: {@code --servidor DIR}, {@code --usuarios N}, {@code --preguntas N}, {@code --hilos
 * N} (peticiones simultáneas; por omisión, el {@code max_connections} que el servidor pidió en
 * setWebhook, como hace Telegram), {@code --ritmo N} (preguntas por segundo en vez de tan rápido
 * como las acepte), {@code --escritura-cada N} (durante la carga, un oficio nuevo por la API cada N
 * preguntas, en el proceso actual de una de las entidades por las que se pregunta, para que el
 * estado guardado del bot se invalide bajo carga; por omisión ninguno), {@code --conservar} (no
 * borra la carpeta temporal), {@code --perfil ARCHIVO.jfr} (graba el servidor con JFR).
 */
public final class BancoBot {

  private static final int DESPLAZAMIENTO = 300;
  private static final int PUERTO_BOT_API = 18381;
  private static final long PRIMER_USUARIO = ChatsDelBot.PRIMER_USUARIO;
  private static final LocalDate REFERENCIA = LocalDate.of(2021, 10, 31);

  /** Las entidades de {@link #FRASES}: en sus procesos actuales caen las escrituras. */
  private static final List<String> ENTIDADES_PREGUNTADAS =
      List.of("Durango", "Coahuila", "Aguascalientes");

  /** La mezcla de siempre: solo preguntas de estado ({@code --mezcla estado}). */
  private static final List<String> FRASES_DE_ESTADO =
      List.of(
          "estado del PREP Durango",
          "/estado coahuila",
          "¿Cómo va el PREP de Aguascalientes?",
          "estado dgo",
          "DURANGO",
          "/estado ags");

  /**
   * La mezcla por omisión: las preguntas como las escribe la gente, cada una con su intención para
   * las cifras por intención. Cada una recibe un solo mensaje; «¿y Coahuila?» sigue la pregunta
   * anterior del mismo chat.
   */
  private static final List<String[]> MEZCLA =
      List.of(
          new String[] {"estado", "estado del PREP Durango"},
          new String[] {"estado", "/estado coahuila"},
          new String[] {"estado a una fecha", "estado durango al 30 de noviembre de 2020"},
          new String[] {"pendientes", "¿Qué le falta a Durango?"},
          new String[] {"y otra entidad", "¿y Coahuila?"},
          new String[] {"documento", "oficio INE/UNICOM/3320/2020"},
          new String[] {"cotaprep", "¿Quiénes integran el COTAPREP de Aguascalientes?"},
          new String[] {"entregable", "¿Cuándo vence el PTO de Aguascalientes?"},
          new String[] {"observaciones", "¿INE hizo observaciones a Coahuila?"},
          new String[] {"vencidos (todas)", "¿Cuáles estados tienen entregables vencidos?"},
          new String[] {"resumen (todas)", "Resumen de todos los estados"},
          new String[] {"jornadas (todas)", "¿Qué estado tiene la próxima jornada?"},
          new String[] {"gracias", "gracias"},
          new String[] {"no entendido", "asdf qwerty"});

  private static List<String> frases = MEZCLA.stream().map(f -> f[1]).toList();
  private static List<String> intenciones = MEZCLA.stream().map(f -> f[0]).toList();

  private static final Pattern ATENDIDO =
      Pattern.compile(
          "Update (\\d+) del chat (-?\\d+) (\\w+) en (\\d+) µs \\((\\d+) µs desde su llegada\\)"
              + " con (\\d+) sentencias SQL");

  private final AtomicInteger siguienteEscritura = new AtomicInteger(1);
  private final List<Long> escrituras = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger escriturasFallidas = new AtomicInteger();
  private ServidorDeMedicion servidor;
  private HttpClient http;
  private ChatsDelBot chats;

  public static void main(String[] args) throws Exception {
    Path servidor = Path.of("web-ear/ear/target/server");
    int usuarios = 200;
    int preguntas = 5000;
    int hilos = 0;
    boolean conservar = false;
    int ritmo = 0;
    int escrituraCada = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--servidor" -> servidor = Path.of(args[++i]);
        case "--mezcla" -> {
          if (args[++i].equals("estado")) {
            frases = FRASES_DE_ESTADO;
            intenciones = FRASES_DE_ESTADO.stream().map(f -> "estado").toList();
          }
        }
        case "--usuarios" -> usuarios = Integer.parseInt(args[++i]);
        case "--preguntas" -> preguntas = Integer.parseInt(args[++i]);
        case "--hilos" -> hilos = Integer.parseInt(args[++i]);
        case "--conservar" -> conservar = true;
        case "--perfil" -> System.setProperty("banco.bot.jfr", args[++i]);
        case "--ritmo" -> ritmo = Integer.parseInt(args[++i]);
        case "--escritura-cada" -> escrituraCada = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Opción desconocida: " + args[i]);
      }
    }
    new BancoBot()
        .medir(
            servidor.toAbsolutePath(), usuarios, preguntas, hilos, ritmo, escrituraCada, conservar);
  }

  /**
   * @param ritmo preguntas por segundo entre todos los hilos; 0, tan rápido como las acepte
   * @param escrituraCada cada cuántas preguntas se escribe un oficio por la API; 0, nunca
   */
  private void medir(
      Path origen,
      int usuarios,
      int preguntas,
      int hilos,
      int ritmo,
      int escrituraCada,
      boolean conservar)
      throws Exception {
    Path temporal = Files.createTempDirectory("banco-bot-");
    BotApiDeMedicion telegram = new BotApiDeMedicion(PUERTO_BOT_API, ChatsDelBot.TOKEN);
    servidor = servidorDeMedicion(origen, temporal);
    http = servidor.http();
    chats = new ChatsDelBot(servidor, telegram);
    try {
      System.out.printf("Servidor: %s (copia en %s)%n", origen, temporal);
      long arranque = System.nanoTime();
      if (!servidor.arrancar()) {
        throw new IllegalStateException(
            "El servidor no arrancó; vea " + servidor.consola() + " y " + servidor.registro());
      }
      telegram.esperaLlamada("setWebhook", 60_000);
      System.out.printf(
          "Listo en %.1f s (webhook registrado con setWebhook).%n", segundos(arranque));

      // Como lo hace Telegram: tantas peticiones simultáneas al webhook como pidió setWebhook.
      int enParalelo = hilos > 0 ? hilos : telegram.conexionesWebhook();
      System.out.printf(
          "Peticiones simultáneas al webhook: %d (max_connections de setWebhook: %d)%n",
          enParalelo, telegram.conexionesWebhook());
      chats.vincular(usuarios);
      Map<String, String> procesosActuales = escrituraCada > 0 ? procesosActuales() : Map.of();
      AtomicInteger enviadas = new AtomicInteger();
      int antes = telegram.respuestas().size();

      // La carga: preguntas de todos los usuarios, cada hilo enviando en orden las de sus usuarios.
      List<List<Integer>> porHilo = new ArrayList<>();
      for (int h = 0; h < enParalelo; h++) {
        porHilo.add(new ArrayList<>());
      }
      for (int k = 0; k < preguntas; k++) {
        porHilo.get((k % usuarios) % enParalelo).add(k);
      }
      int primerUpdate = chats.reservar(preguntas);
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
                    String json =
                        ChatsDelBot.update(primerUpdate + k, chat, frases.get(k % frases.size()));
                    telegram.pregunta(chat, System.nanoTime());
                    int estado = chats.webhook(json);
                    if (estado != 200) {
                      rechazados.incrementAndGet();
                    }
                    if (escrituraCada > 0 && enviadas.incrementAndGet() % escrituraCada == 0) {
                      escribir(procesosActuales);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> tarea : tareas) {
        tarea.get();
      }
      double aceptacion = segundos(inicio);
      int recibidas = telegram.esperaRespuestas(antes + preguntas, 180_000) - antes;
      List<BotApiDeMedicion.Respuesta> respuestas =
          telegram.respuestas().subList(antes, antes + recibidas);
      double total = segundos(inicio);

      // Reenvíos: updates ya contestados, enviados otra vez; ninguno puede contestarse dos veces.
      for (int i = 0; i < Math.min(250, preguntas); i++) {
        int k = (i * 20) % preguntas;
        chats.webhook(
            ChatsDelBot.update(primerUpdate + k, PRIMER_USUARIO + (k % usuarios), "estado dgo"));
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

      servidor.detener();
      Registro registro = leerRegistro(servidor.registro(), primerUpdate, preguntas);

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
      System.out.println(
          "Por intención (en el servidor, de la llegada al último sendMessage; sentencias SQL por"
              + " respuesta):");
      Map<String, List<long[]>> porIntencion = new java.util.LinkedHashMap<>();
      intenciones.forEach(i -> porIntencion.putIfAbsent(i, new ArrayList<>()));
      for (int k = 0; k < preguntas; k++) {
        long[] medida = registro.porUpdate().get(primerUpdate + k);
        if (medida != null) {
          porIntencion.get(intenciones.get(k % intenciones.size())).add(medida);
        }
      }
      porIntencion.forEach(
          (intencion, medidas) -> {
            List<Long> tiempos = medidas.stream().map(m -> m[0]).sorted().toList();
            List<Long> sql = medidas.stream().map(m -> m[1]).sorted().toList();
            System.out.printf(
                "  %-20s %5d: mediana %.1f ms, p99 %.1f ms; SQL mediana %d, máximo %d%n",
                intencion,
                medidas.size(),
                percentil(tiempos, 50) / 1000.0,
                percentil(tiempos, 99) / 1000.0,
                percentil(sql, 50),
                percentil(sql, 100));
          });
      System.out.printf(
          "Perdidas: %d; contestadas de más: %d; chats con otra cuenta de respuestas: %d;"
              + " respuestas a los %d reenvíos: %d%n",
          Math.max(0, preguntas - recibidas),
          Math.max(0, recibidas - preguntas),
          chatsDistintos,
          Math.min(250, preguntas),
          despuesDeReenviar - recibidas);
      if (escrituraCada > 0) {
        List<Long> tiempos = escrituras.stream().sorted().toList();
        System.out.printf(
            "Escrituras durante la carga: %d oficios por la API, uno cada %d preguntas, en los"
                + " procesos actuales de %s (%d sin el 201 esperado); del POST a su respuesta:"
                + " mediana %.1f ms, p99 %.1f ms, máximo %.1f ms%n",
            tiempos.size(),
            escrituraCada,
            String.join(", ", procesosActuales.keySet()),
            escriturasFallidas.get(),
            ms(percentil(tiempos, 50)),
            ms(percentil(tiempos, 99)),
            ms(percentil(tiempos, 100)));
      } else {
        System.out.println(
            "Escrituras durante la carga: ninguna (--escritura-cada N escribe un oficio cada N"
                + " preguntas).");
      }
    } finally {
      servidor.close();
      telegram.detener();
      if (!conservar) {
        borrar(temporal);
      } else {
        System.out.println("Se conserva " + temporal);
      }
    }
  }

  /**
   * La copia del servidor con los datos de demostración, la fecha de referencia de las pruebas, el
   * bot en modo webhook contra la Bot API falsa y el registro FINE de cada update atendido.
   */
  private static ServidorDeMedicion servidorDeMedicion(Path origen, Path temporal) {
    ServidorDeMedicion servidor =
        ChatsDelBot.conBot(
                new ServidorDeMedicion(origen, temporal, System.out, List.of(DESPLAZAMIENTO)),
                PUERTO_BOT_API)
            .conDemo(true)
            .conEntorno("PREP_FECHA_REFERENCIA", REFERENCIA.toString())
            .conRegistroDetallado("mx.seguimientoprep.web.telegram.AtencionTelegram");
    // Con --perfil, una grabación JFR del servidor se agrega a sus propias opciones de la JVM.
    String grabacion = System.getProperty("banco.bot.jfr");
    if (grabacion != null) {
      servidor.conOpcionesJvm(
          "-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=settings=profile,"
              + "dumponexit=true,filename="
              + grabacion);
    }
    return servidor;
  }

  /** El proceso actual de cada entidad preguntada, según el tablero ({@code GET /entidades}). */
  private Map<String, String> procesosActuales() throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            servidor.peticion("/entidades").GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("Tablero: " + r.statusCode() + " " + r.body());
    }
    Map<String, String> actuales = new LinkedHashMap<>();
    try (JsonReader lector = Json.createReader(new StringReader(r.body()))) {
      for (JsonObject entidad : lector.readArray().getValuesAs(JsonObject.class)) {
        String nombre = entidad.getString("nombre", "");
        if (ENTIDADES_PREGUNTADAS.contains(nombre) && !entidad.isNull("procesoActual")) {
          actuales.put(nombre, entidad.getString("procesoActual"));
        }
      }
    }
    if (actuales.isEmpty()) {
      throw new IllegalStateException("El tablero no tiene ninguna de " + ENTIDADES_PREGUNTADAS);
    }
    return actuales;
  }

  /**
   * Un oficio nuevo por {@code POST /oficios}, en el proceso actual de una de las entidades
   * preguntadas (por turno), fechado el día de referencia para que cuente en su estado.
   */
  private void escribir(Map<String, String> procesosActuales)
      throws IOException, InterruptedException {
    int n = siguienteEscritura.getAndIncrement();
    List<String> entidades = List.copyOf(procesosActuales.keySet());
    String entidad = entidades.get(n % entidades.size());
    String cuerpo =
        Json.createObjectBuilder()
            .add("entidad", entidad)
            .add("proceso", procesosActuales.get(entidad))
            .add("numero", "BANCO/BOT/%06d/%d".formatted(n, REFERENCIA.getYear()))
            .add("fecha", REFERENCIA.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
            .add("sentido", "Enviado al INE")
            .add("remitente", "Secretaría Ejecutiva")
            .add("destinatario", "UNICOM")
            .add("asunto", "Remite el informe mensual de avance del PREP (escritura " + n + ").")
            .add("entregables", "E03")
            .build()
            .toString();
    long inicio = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            servidor
                .peticion("/oficios")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    escrituras.add(System.nanoTime() - inicio);
    if (r.statusCode() != 201 && escriturasFallidas.getAndIncrement() == 0) {
      System.out.println("Una escritura no dio 201: " + r.statusCode() + " " + r.body());
    }
  }

  /** Las líneas FINE de los updates de la carga: tiempo en el servidor y sentencias SQL. */
  private record Registro(
      List<Long> micros,
      List<Long> desdeLaLlegada,
      List<Long> sentencias,
      Map<Integer, long[]> porUpdate) {

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
    Map<Integer, long[]> porUpdate = new HashMap<>();
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
                porUpdate.put(
                    id, new long[] {Long.parseLong(m.group(5)), Long.parseLong(m.group(6))});
              }
            }
          });
    }
    micros.sort(Comparator.naturalOrder());
    desdeLaLlegada.sort(Comparator.naturalOrder());
    sentencias.sort(Comparator.naturalOrder());
    return new Registro(micros, desdeLaLlegada, sentencias, porUpdate);
  }

  private static long percentil(List<Long> ordenados, int p) {
    return Muestra.de(ordenados).percentil(p);
  }

  private static double segundos(long desde) {
    return (System.nanoTime() - desde) / 1e9;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  static void borrar(Path carpeta) {
    try (Stream<Path> archivos = Files.walk(carpeta)) {
      archivos.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
