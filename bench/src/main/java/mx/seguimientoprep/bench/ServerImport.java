package mx.seguimientoprep.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * La importación completa a través de la aplicación real: arranca el servidor WildFly que
 * aprovisionó el build, con una base H2 nueva en la carpeta temporal, sube el libro dos veces por
 * {@code POST /prep/api/importaciones} y lo detiene. Corre una copia del servidor, sin sus datos ni
 * registros, con {@code jboss.server.base.dir} en la copia de su {@code standalone}: los datos de
 * quien lo usa no se tocan, y un build que aprovisione de nuevo el servidor a media medición no se
 * lo lleva. Los puertos van desplazados en 100 (8180 y 10090) para no chocar con otro servidor en
 * 8080 y 9990.
 */
final class ServerImport {

  /** El desplazamiento de los puertos, y los que se prueban si otro servidor ya lo usa. */
  private static final List<Integer> DESPLAZAMIENTOS = List.of(100, 200, 300, 400, 500);

  private static final Duration ARRANQUE_MAXIMO = Duration.ofMinutes(5);
  private static final Set<String> SIN_COPIAR =
      Set.of(
          "standalone/data",
          "standalone/log",
          "standalone/tmp",
          "domain/data",
          "domain/log",
          "domain/tmp");

  private final Path servidor;
  private final Path temporal;
  private final PrintStream salida;
  private final String clave = claveAleatoria();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final boolean perfil;
  private int desplazamiento;
  private Process proceso;

  /**
   * @param perfil si se graba el servidor con JFR para decir en qué se fue el tiempo de cada subida
   */
  ServerImport(Path servidor, Path temporal, PrintStream salida, boolean perfil) {
    this.servidor = servidor.toAbsolutePath().normalize();
    this.temporal = temporal;
    this.salida = salida;
    this.perfil = perfil;
  }

  /** Las dos importaciones, con sus tiempos; {@code null} si el servidor no pudo arrancar. */
  List<Subida> medir(Path libro) throws IOException, InterruptedException {
    Path standalone = servidor.resolve("bin/standalone.sh");
    if (!Files.isExecutable(standalone)) {
      salida.println(
          "No está el servidor aprovisionado ("
              + standalone
              + "): constrúyalo con ./mvnw -o -q install -DskipTests -pl web-ear/ear -am");
      return null;
    }
    desplazamiento =
        DESPLAZAMIENTOS.stream()
            .filter(d -> !ocupado(8080 + d) && !ocupado(9990 + d))
            .findFirst()
            .orElse(-1);
    if (desplazamiento < 0) {
      salida.println("Los puertos 8180, 8280, … 8580 (o 10090 … 10490) están todos ocupados.");
      return null;
    }
    salida.printf(
        "servidor en los puertos %d y %d (desplazamiento %d)%n",
        puertoHttp(), puertoGestion(), desplazamiento);
    Thread alSalir = new Thread(this::detener, "detener-servidor");
    Runtime.getRuntime().addShutdownHook(alSalir);
    try {
      long arranque = System.nanoTime();
      if (!arrancar()) {
        return null;
      }
      salida.printf(
          "servidor listo en %.1f s (registro: %s)%n",
          (System.nanoTime() - arranque) / 1e9, temporal.resolve("servidor.log"));
      Subida primera = subir(libro);
      salida.println("  primera importación: " + primera);
      Subida segunda = subir(libro);
      salida.println("  segunda importación, mismo archivo: " + segunda);
      detener();
      if (perfil) {
        salida.println("  primera importación:");
        ServerProfile.imprimir(grabacion(), primera.inicio(), primera.fin(), salida);
        salida.println("  segunda importación:");
        ServerProfile.imprimir(grabacion(), segunda.inicio(), segunda.fin(), salida);
      }
      return List.of(primera, segunda);
    } finally {
      detener();
      Runtime.getRuntime().removeShutdownHook(alSalir);
    }
  }

  private int puertoHttp() {
    return 8080 + desplazamiento;
  }

  private int puertoGestion() {
    return 9990 + desplazamiento;
  }

  private Path grabacion() {
    return temporal.resolve("servidor.jfr");
  }

  /** La copia del servidor que corre la medición. */
  private Path copia() {
    return temporal.resolve("servidor");
  }

  private boolean arrancar() throws IOException, InterruptedException {
    copiar(servidor, copia());
    ProcessBuilder constructor =
        new ProcessBuilder(
                copia().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + copia().resolve("standalone"),
                "-Djboss.socket.binding.port-offset=" + desplazamiento)
            .redirectErrorStream(true)
            .redirectOutput(temporal.resolve("servidor.log").toFile());
    Map<String, String> entorno = constructor.environment();
    entorno.put("PREP_H2_ARCHIVO", temporal.resolve("bench").toString());
    entorno.put("PREP_ADMIN_PASSWORD", clave);
    entorno.put("PREP_DEMO", "false");
    entorno.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    if (perfil) {
      entorno.put("JDK_JAVA_OPTIONS", ServerProfile.opcionesJvm(grabacion()));
    }
    proceso = constructor.start();
    long limite = System.nanoTime() + ARRANQUE_MAXIMO.toNanos();
    while (System.nanoTime() < limite) {
      if (!proceso.isAlive()) {
        salida.println("El servidor terminó al arrancar; últimas líneas de su registro:");
        cola(temporal.resolve("servidor.log"));
        return false;
      }
      if (listo()) {
        return true;
      }
      Thread.sleep(1000);
    }
    salida.println("El servidor no estuvo listo en " + ARRANQUE_MAXIMO.toMinutes() + " minutos.");
    cola(temporal.resolve("servidor.log"));
    return false;
  }

  private boolean listo() throws InterruptedException {
    try {
      HttpResponse<String> respuesta =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + puertoGestion() + "/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return respuesta.statusCode() == 200 && respuesta.body().contains("UP");
    } catch (IOException aunNo) {
      return false;
    }
  }

  private Subida subir(Path libro) throws IOException, InterruptedException {
    String limite = "prep-bench-" + UUID.randomUUID();
    String antes =
        "--"
            + limite
            + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
            + libro.getFileName()
            + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml"
            + ".sheet\r\n\r\n";
    String despues = "\r\n--" + limite + "--\r\n";
    HttpRequest peticion =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + puertoHttp() + "/prep/api/importaciones"))
            .timeout(Duration.ofMinutes(15))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(("admin:" + clave).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "multipart/form-data; boundary=" + limite)
            .POST(
                BodyPublishers.concat(
                    BodyPublishers.ofString(antes, StandardCharsets.UTF_8),
                    BodyPublishers.ofFile(libro),
                    BodyPublishers.ofString(despues, StandardCharsets.UTF_8)))
            .build();
    Instant desde = Instant.now();
    long inicio = System.nanoTime();
    Duration cpuInicial = cpuDelServidor();
    HttpResponse<String> respuesta = http.send(peticion, HttpResponse.BodyHandlers.ofString());
    long ms = (System.nanoTime() - inicio) / 1_000_000;
    long cpu = cpuDelServidor().minus(cpuInicial).toMillis();
    return Subida.de(respuesta.statusCode(), ms, cpu, respuesta.body(), desde, Instant.now());
  }

  /**
   * El tiempo de CPU que lleva la JVM del servidor (hija de {@code standalone.sh}), con todos sus
   * hilos: la petición, el recolector y los de H2.
   */
  private Duration cpuDelServidor() {
    return proceso
        .descendants()
        .map(ProcessHandle::info)
        .filter(info -> info.command().map(c -> c.endsWith("java")).orElse(false))
        .map(info -> info.totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Pide al servidor que se apague; si no lo hace en un minuto, termina su proceso. */
  private synchronized void detener() {
    if (proceso == null || !proceso.isAlive()) {
      return;
    }
    try {
      Process cli =
          new ProcessBuilder(
                  copia().resolve("bin/jboss-cli.sh").toString(),
                  "--controller=127.0.0.1:" + puertoGestion(),
                  "-c",
                  "--command=shutdown")
              .redirectErrorStream(true)
              .redirectOutput(temporal.resolve("apagado.log").toFile())
              .start();
      cli.waitFor(60, TimeUnit.SECONDS);
      if (!proceso.waitFor(60, TimeUnit.SECONDS)) {
        salida.println("El servidor no se apagó; se termina su proceso.");
        proceso.descendants().forEach(ProcessHandle::destroy);
        proceso.destroy();
      }
    } catch (IOException e) {
      proceso.descendants().forEach(ProcessHandle::destroy);
      proceso.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean ocupado(int puerto) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", puerto), 500);
      return true;
    } catch (ConnectException libre) {
      return false;
    } catch (IOException dudoso) {
      return false;
    }
  }

  private void cola(Path registro) throws IOException {
    if (Files.exists(registro)) {
      List<String> lineas = Files.readAllLines(registro);
      lineas.subList(Math.max(0, lineas.size() - 30), lineas.size()).forEach(salida::println);
    }
  }

  /**
   * Copia el servidor, con su configuración y sus despliegues, sin datos, registros ni temporales.
   */
  private static void copiar(Path origen, Path destino) throws IOException {
    Files.walkFileTree(
        origen,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes atributos)
              throws IOException {
            Path relativo = origen.relativize(dir);
            if (SIN_COPIAR.contains(relativo.toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(destino.resolve(relativo.toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path archivo, BasicFileAttributes atributos)
              throws IOException {
            Files.copy(
                archivo,
                destino.resolve(origen.relativize(archivo).toString()),
                StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String claveAleatoria() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lo que respondió una subida: el estado HTTP, los tiempos de pared y de CPU, y el informe. */
  record Subida(
      int http,
      long ms,
      long cpuMs,
      JsonObject informe,
      String cuerpo,
      Instant inicio,
      Instant fin) {

    static Subida de(int http, long ms, long cpuMs, String cuerpo, Instant inicio, Instant fin) {
      JsonObject informe = null;
      try (JsonReader lector = Json.createReader(new StringReader(cuerpo))) {
        JsonValue valor = lector.readValue();
        if (valor instanceof JsonObject objeto) {
          informe = objeto;
        }
      } catch (RuntimeException noEsJson) {
        informe = null;
      }
      return new Subida(http, ms, cpuMs, informe, cuerpo, inicio, fin);
    }

    /** Si el servidor respondió con un informe: aplicada, simulada o rechazada. */
    boolean conInforme() {
      return informe != null && informe.containsKey("estado");
    }

    int suma(String conteo) {
      if (informe == null || !informe.containsKey("hojas")) {
        return 0;
      }
      return informe.getJsonObject("hojas").values().stream()
          .mapToInt(hoja -> hoja.asJsonObject().getInt(conteo, 0))
          .sum();
    }

    int cuantos(String lista) {
      return informe == null || !informe.containsKey(lista)
          ? 0
          : informe.getJsonArray(lista).size();
    }

    @Override
    public String toString() {
      StringBuilder texto = new StringBuilder();
      texto.append(
          "HTTP %d en %.1f s (CPU del servidor: %.1f s)"
              .formatted(http, ms / 1000.0, cpuMs / 1000.0));
      if (informe == null || !informe.containsKey("estado")) {
        return texto
            .append(", respuesta: ")
            .append(cuerpo.substring(0, Math.min(cuerpo.length(), 500)))
            .toString();
      }
      texto.append(", estado «").append(informe.getString("estado", "?")).append("»");
      if (informe.containsKey("hojas")) {
        informe
            .getJsonObject("hojas")
            .forEach(
                (hoja, conteo) -> {
                  JsonObject c = conteo.asJsonObject();
                  texto.append(
                      "%n    %-12s %,7d nuevos %,7d actualizados %,7d sin cambios"
                          .formatted(
                              hoja,
                              c.getInt("nuevos", 0),
                              c.getInt("actualizados", 0),
                              c.getInt("sinCambios", 0)));
                });
      }
      texto.append(
          "%n    %d errores, %d advertencias"
              .formatted(cuantos("errores"), cuantos("advertencias")));
      if (cuantos("errores") > 0) {
        informe.getJsonArray("errores").stream()
            .limit(5)
            .forEach(error -> texto.append("\n      ").append(error));
      }
      if (cuantos("advertencias") > 0) {
        informe.getJsonArray("advertencias").stream()
            .limit(3)
            .forEach(aviso -> texto.append("\n      ").append(aviso));
      }
      return texto.toString();
    }
  }
}
