package mx.seguimientoprep.bench.bot;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.bench.CicloSintetico;
import mx.seguimientoprep.bench.ReferenceData;
import mx.seguimientoprep.bench.SyntheticWorkbook;
import mx.seguimientoprep.bench.escala.BancoEscala;
import mx.seguimientoprep.bench.servidor.Muestra;
import mx.seguimientoprep.bench.servidor.ServidorDeMedicion;
import mx.seguimientoprep.bench.servidor.Subida;
import mx.seguimientoprep.domain.entidad.Entidad;

/**
 * Una pasada de avisos a escala (issue 14, «Speed»), medida en el servidor real: no es una prueba,
 * imprime cifras y no falla por un tiempo.
 *
 * <p>Arranca una copia del servidor aprovisionado ({@link ServidorDeMedicion}: una base H2 nueva,
 * sin datos de demostración, los puertos desplazados en 600, el bot en modo webhook contra la Bot
 * API falsa de este proceso en 127.0.0.1:18382 y el reloj de los avisos apagado, {@code
 * PREP_AVISOS=false}, para que solo corran las pasadas que se piden). Le importa tres procesos de
 * cada una de las 32 entidades (2017-2018, 2020-2021 y 2023-2024, con sus entregables), vincula 200
 * personas por el bot y cada una se suscribe a las 32 entidades ({@code /suscribir}): 6 400
 * suscripciones. Luego corre {@code POST /prep/api/avisos/ejecutar?fecha=} dos veces para la misma
 * fecha: la primera reclama y envía todos los avisos que tocan; la segunda encuentra los mismos
 * candidatos ya reclamados y no envía ninguno (carga, plan y descarte: lo que cada pasada del reloj
 * hace cuando ya no hay nada nuevo). De cada una imprime el tiempo de la petición y, de la línea
 * FINE de {@code PasadaDeAvisos}, los candidatos, los reclamados, y el tiempo y las sentencias SQL
 * de cargar, planear y reclamar, aparte de las de enviar y anotar cada envío. El piso, medido en la
 * misma corrida: el tablero a esa fecha ({@code GET /prep/api/entidades?fecha=}, mediana de 5), que
 * calcula el mismo estado de las 32 entidades que la pasada lee.
 *
 * <p>Opciones: {@code --servidor DIR} ({@code web-ear/ear/target/server}), {@code --usuarios N}
 * (200), {@code --fecha aaaa-mm-dd} (la de la pasada), {@code --conservar}.
 */
public final class BancoAvisos {

  private static final int DESPLAZAMIENTO = 600;
  private static final int PUERTO_BOT_API = 18382;
  private static final LocalDate FECHA = LocalDate.of(2024, 4, 1);
  private static final String PASADA = "mx.seguimientoprep.web.aviso.PasadaDeAvisos";

  /** Los tres procesos de cada entidad de la medición a escala; el último, el actual en 2024. */
  private static final List<CicloSintetico> CICLOS = BancoEscala.CICLOS;

  /** La línea FINE de una pasada del día ({@code PasadaDeAvisos}). */
  private static final Pattern LINEA =
      Pattern.compile(
          "Pasada de avisos del (\\S+) \\((\\d+) suscripciones\\): (\\d+) candidatos, (\\d+)"
              + " reclamados en (\\d+) .s con (\\d+) sentencias SQL; (\\d+) enviados"
              + "(?: en (\\d+) .s con (\\d+) sentencias SQL)?");

  private ServidorDeMedicion servidor;
  private HttpClient http;

  /** Lo que cuenta la línea FINE de una pasada. */
  private record Linea(
      int suscripciones,
      int candidatos,
      int reclamados,
      long planMicros,
      long planSentencias,
      int enviados,
      long envioMicros,
      long envioSentencias) {

    static Linea de(Matcher m) {
      return new Linea(
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)),
          Long.parseLong(m.group(5)),
          Long.parseLong(m.group(6)),
          Integer.parseInt(m.group(7)),
          m.group(8) == null ? 0 : Long.parseLong(m.group(8)),
          m.group(9) == null ? 0 : Long.parseLong(m.group(9)));
    }
  }

  public static void main(String[] args) throws Exception {
    Path origen = Path.of("web-ear/ear/target/server");
    int usuarios = 200;
    LocalDate fecha = FECHA;
    boolean conservar = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--servidor" -> origen = Path.of(args[++i]);
        case "--usuarios" -> usuarios = Integer.parseInt(args[++i]);
        case "--fecha" -> fecha = LocalDate.parse(args[++i]);
        case "--conservar" -> conservar = true;
        default -> throw new IllegalArgumentException("Opción desconocida: " + args[i]);
      }
    }
    new BancoAvisos().medir(origen.toAbsolutePath(), usuarios, fecha, conservar);
  }

  private void medir(Path origen, int usuarios, LocalDate fecha, boolean conservar)
      throws Exception {
    Path temporal = Files.createTempDirectory("banco-avisos-");
    BotApiDeMedicion telegram = new BotApiDeMedicion(PUERTO_BOT_API, ChatsDelBot.TOKEN);
    servidor =
        ChatsDelBot.conBot(
                new ServidorDeMedicion(origen, temporal, System.out, List.of(DESPLAZAMIENTO)),
                PUERTO_BOT_API)
            .conDemo(false)
            .conEntorno("PREP_AVISOS", "false")
            .conRegistroDetallado(PASADA);
    http = servidor.http();
    ChatsDelBot chats = new ChatsDelBot(servidor, telegram);
    try {
      System.out.printf("Servidor: %s (copia en %s)%n", origen, temporal);
      if (!servidor.arrancar()) {
        throw new IllegalStateException(
            "El servidor no arrancó; vea " + servidor.consola() + " y " + servidor.registro());
      }
      telegram.esperaLlamada("setWebhook", 60_000);

      List<Entidad> estados = ReferenceData.cargar().estados();
      Path libro = temporal.resolve("procesos.xlsx");
      new SyntheticWorkbook(estados, CICLOS).escribir(libro, 0, 0, true);
      Subida subida = servidor.importar(libro);
      if (subida.http() != 200) {
        throw new IllegalStateException("La importación de los procesos: " + subida);
      }
      System.out.printf(
          "Importados %d procesos (%d entidades × %d) y sus entregables en %.1f s%n",
          subida.conteo("Procesos", "nuevos"), estados.size(), CICLOS.size(), subida.ms() / 1e3);

      chats.vincular(usuarios);
      suscribir(chats, telegram, usuarios, estados);

      List<Long> tablero = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        long inicio = System.nanoTime();
        exigir(http.send(servidor.peticion("/entidades?fecha=" + fecha).GET().build(), texto()));
        if (i > 0) {
          tablero.add(System.nanoTime() - inicio);
        }
      }
      long piso = Muestra.de(tablero).mediana();
      System.out.printf(
          "Piso: el tablero al %s (el estado de las 32 entidades), mediana de 5: %.1f ms%n",
          fecha, piso / 1e6);

      int antes = telegram.respuestas().size();
      long primera = pasada(fecha);
      int llegaron = telegram.respuestas().size() - antes;
      Linea reclamo = ultimaLinea(fecha);
      long segunda = pasada(fecha);
      Linea descarte = ultimaLinea(fecha);

      System.out.println();
      System.out.printf(
          "Pasada del %s sobre %d suscripciones (%d entidades × %d personas; %d procesos por"
              + " entidad):%n",
          fecha, reclamo.suscripciones(), estados.size(), usuarios, CICLOS.size());
      System.out.printf(
          "  primera: %d candidatos, %d avisos planeados y reclamados; cargar + planear +"
              + " reclamar %.2f s con %d sentencias SQL; enviar y anotar %d avisos %.2f s con %d"
              + " sentencias SQL (%d llegaron a la Bot API falsa); la petición %.2f s%n",
          reclamo.candidatos(),
          reclamo.reclamados(),
          reclamo.planMicros() / 1e6,
          reclamo.planSentencias(),
          reclamo.enviados(),
          reclamo.envioMicros() / 1e6,
          reclamo.envioSentencias(),
          llegaron,
          primera / 1e9);
      System.out.printf(
          "  segunda (los mismos, ya reclamados): %d candidatos, %d enviados; cargar + planear +"
              + " descartar %.2f s con %d sentencias SQL; la petición %.2f s%n",
          descarte.candidatos(),
          descarte.enviados(),
          descarte.planMicros() / 1e6,
          descarte.planSentencias(),
          segunda / 1e9);
      System.out.printf(
          "  razón al piso (el tablero, %.1f ms): primera, cargar + planear + reclamar %.0f×;"
              + " segunda %.0f×%n",
          piso / 1e6, reclamo.planMicros() * 1e3 / piso, descarte.planMicros() * 1e3 / piso);
    } finally {
      servidor.close();
      telegram.detener();
      if (!conservar) {
        BancoBot.borrar(temporal);
      } else {
        System.out.println("Se conserva " + temporal);
      }
    }
  }

  /** Cada persona se suscribe a cada entidad por el webhook, tantas a la vez como pidió el bot. */
  private void suscribir(
      ChatsDelBot chats, BotApiDeMedicion telegram, int usuarios, List<Entidad> estados)
      throws Exception {
    int total = usuarios * estados.size();
    int antes = telegram.respuestas().size();
    int primerUpdate = chats.reservar(total);
    int enParalelo = telegram.conexionesWebhook();
    ExecutorService clientes = Executors.newFixedThreadPool(enParalelo);
    AtomicInteger rechazados = new AtomicInteger();
    long inicio = System.nanoTime();
    List<Future<?>> tareas = new ArrayList<>();
    for (int h = 0; h < enParalelo; h++) {
      int hilo = h;
      tareas.add(
          clientes.submit(
              () -> {
                // Cada persona, en un solo hilo: sus mensajes llegan en orden, como en Telegram.
                for (int u = hilo; u < usuarios; u += enParalelo) {
                  for (int e = 0; e < estados.size(); e++) {
                    int k = u * estados.size() + e;
                    String texto = "/suscribir " + estados.get(e).getNombre();
                    if (chats.webhook(
                            ChatsDelBot.update(
                                primerUpdate + k, ChatsDelBot.PRIMER_USUARIO + u, texto))
                        != 200) {
                      rechazados.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> tarea : tareas) {
      tarea.get();
    }
    clientes.shutdown();
    int contestadas = telegram.esperaRespuestas(antes + total, 300_000) - antes;
    HttpResponse<String> avisos =
        exigir(http.send(servidor.peticion("/avisos").GET().build(), texto()));
    int suscripciones;
    try (JsonReader lector = Json.createReader(new StringReader(avisos.body()))) {
      JsonObject cuerpo = lector.readObject();
      suscripciones = cuerpo.getJsonArray("suscripciones").size();
    }
    System.out.printf(
        "Suscripciones: %d (%d mensajes /suscribir, %d contestados, %d rechazados) en %.1f s%n",
        suscripciones, total, contestadas, rechazados.get(), (System.nanoTime() - inicio) / 1e9);
    if (suscripciones != total) {
      throw new IllegalStateException("Se esperaban " + total + " suscripciones.");
    }
  }

  /** Una pasada por la API; devuelve sus nanosegundos. */
  private long pasada(LocalDate fecha) throws IOException, InterruptedException {
    long inicio = System.nanoTime();
    exigir(
        http.send(
            servidor
                .peticion("/avisos/ejecutar?fecha=" + fecha)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            texto()));
    return System.nanoTime() - inicio;
  }

  private Linea ultimaLinea(LocalDate fecha) throws IOException {
    Linea ultima = null;
    for (String linea : Files.readAllLines(servidor.registro(), StandardCharsets.UTF_8)) {
      Matcher m = LINEA.matcher(linea);
      if (m.find() && m.group(1).equals(fecha.toString())) {
        ultima = Linea.de(m);
      }
    }
    if (ultima == null) {
      throw new IllegalStateException(
          "El registro del servidor no tiene la línea FINE de la pasada: " + servidor.registro());
    }
    return ultima;
  }

  private static HttpResponse.BodyHandler<String> texto() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> exigir(HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.uri() + ": " + r.statusCode() + " " + r.body());
    }
    return r;
  }
}
