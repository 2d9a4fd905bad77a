package mx.seguimientoprep.bench.servidor;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Una copia del servidor WildFly que aprovisionó el build, arrancada para una medición: sin los
 * datos, registros ni temporales del original, con {@code jboss.server.base.dir} en la copia de su
 * {@code standalone}, su propia base H2 en la carpeta de la medición, una clave de administrador
 * aleatoria y los puertos desplazados (el primer desplazamiento libre de los que se le dan), para
 * no chocar con otro servidor en 8080 y 9990 ni con otra medición. Los datos de quien usa el
 * servidor no se tocan, y un build que lo aprovisione de nuevo a media medición no se lo lleva. Sus
 * opciones de JVM son las del servidor aprovisionado ({@code bin/standalone.conf}), como lo
 * correría un administrador. Se apaga con {@code jboss-cli.sh}.
 */
public final class ServidorDeMedicion implements AutoCloseable {

  private static final Duration ARRANQUE_MAXIMO = Duration.ofMinutes(5);
  private static final Set<String> SIN_COPIAR =
      Set.of(
          "standalone/data",
          "standalone/log",
          "standalone/tmp",
          "domain/data",
          "domain/log",
          "domain/tmp");

  private final Path origen;
  private final Path carpeta;
  private final PrintStream salida;
  private final List<Integer> desplazamientos;
  private final Map<String, String> entorno = new LinkedHashMap<>();
  private final List<String> registrosDetallados = new ArrayList<>();
  private final String clave = claveAleatoria();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Thread alSalir = new Thread(this::detener, "detener-servidor");
  private int desplazamiento = -1;
  private Process proceso;

  /**
   * @param origen el servidor aprovisionado ({@code web-ear/ear/target/server})
   * @param carpeta la carpeta temporal de la medición: la copia, la base y los registros
   * @param desplazamientos los desplazamientos de los puertos que se prueban, en orden
   */
  public ServidorDeMedicion(
      Path origen, Path carpeta, PrintStream salida, List<Integer> desplazamientos) {
    this.origen = origen.toAbsolutePath().normalize();
    this.carpeta = carpeta.toAbsolutePath();
    this.salida = salida;
    this.desplazamientos = List.copyOf(desplazamientos);
    entorno.put("PREP_DEMO", "false");
  }

  /** Con los datos de demostración ({@code PREP_DEMO}); por omisión, la base empieza vacía. */
  public ServidorDeMedicion conDemo(boolean demo) {
    entorno.put("PREP_DEMO", Boolean.toString(demo));
    return this;
  }

  /**
   * Una variable de entorno más del servidor ({@code PREP_FECHA_REFERENCIA}, {@code TELEGRAM_…}).
   */
  public ServidorDeMedicion conEntorno(String nombre, String valor) {
    entorno.put(nombre, valor);
    return this;
  }

  /** Opciones de JVM que se suman a las del servidor aprovisionado (una grabación de JFR). */
  public ServidorDeMedicion conOpcionesJvm(String opciones) {
    entorno.put("JDK_JAVA_OPTIONS", opciones);
    return this;
  }

  /**
   * El registro de una categoría al nivel FINE ({@code DEBUG} de WildFly) en el {@code server.log}
   * de la copia, de donde la medición lee lo que el servidor cuenta de sí.
   */
  public ServidorDeMedicion conRegistroDetallado(String categoria) {
    registrosDetallados.add(categoria);
    return this;
  }

  /**
   * Elige los puertos, copia el servidor, lo arranca y espera a que {@code /health/ready} diga que
   * está listo; si no lo logra, dice por qué y devuelve {@code false}.
   */
  public boolean arrancar() throws IOException, InterruptedException {
    Path standalone = origen.resolve("bin/standalone.sh");
    if (!Files.isExecutable(standalone)) {
      salida.println(
          "No está el servidor aprovisionado ("
              + standalone
              + "): constrúyalo con ./mvnw -o -q install -DskipTests -pl web-ear/ear -am");
      return false;
    }
    desplazamiento =
        desplazamientos.stream()
            .filter(d -> !ocupado(8080 + d) && !ocupado(9990 + d))
            .findFirst()
            .orElse(-1);
    if (desplazamiento < 0) {
      salida.println(
          "Los puertos de los desplazamientos " + desplazamientos + " están todos ocupados.");
      return false;
    }
    salida.printf(
        "servidor en los puertos %d y %d (desplazamiento %d)%n",
        puertoHttp(), puertoGestion(), desplazamiento);
    copiar(origen, copia());
    encenderRegistros();
    ProcessBuilder constructor =
        new ProcessBuilder(
                copia().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + copia().resolve("standalone"),
                "-Djboss.socket.binding.port-offset=" + desplazamiento)
            .redirectErrorStream(true)
            .redirectOutput(consola().toFile());
    Map<String, String> variables = constructor.environment();
    variables.put("PREP_H2_ARCHIVO", carpeta.resolve("bd/prep").toString());
    variables.put("PREP_ADMIN_PASSWORD", clave);
    variables.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    variables.putAll(entorno);
    Runtime.getRuntime().addShutdownHook(alSalir);
    proceso = constructor.start();
    long limite = System.nanoTime() + ARRANQUE_MAXIMO.toNanos();
    while (System.nanoTime() < limite) {
      if (!proceso.isAlive()) {
        salida.println("El servidor terminó al arrancar; últimas líneas de su consola:");
        cola(consola());
        return false;
      }
      if (listo()) {
        return true;
      }
      Thread.sleep(500);
    }
    salida.println("El servidor no estuvo listo en " + ARRANQUE_MAXIMO.toMinutes() + " minutos.");
    cola(consola());
    return false;
  }

  public int puertoHttp() {
    return 8080 + desplazamiento;
  }

  public int puertoGestion() {
    return 9990 + desplazamiento;
  }

  /** La dirección de un recurso de la API: {@code api("/entidades")}. */
  public URI api(String ruta) {
    return URI.create("http://127.0.0.1:" + puertoHttp() + "/prep/api" + ruta);
  }

  /** El encabezado {@code Authorization} del administrador de la copia. */
  public String autorizacion() {
    return "Basic "
        + Base64.getEncoder().encodeToString(("admin:" + clave).getBytes(StandardCharsets.UTF_8));
  }

  /** Una petición a la API como administrador. */
  public HttpRequest.Builder peticion(String ruta) {
    return HttpRequest.newBuilder(api(ruta))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", autorizacion());
  }

  /** Una petición a la API sin credenciales: para el cliente de {@link #sesion()}. */
  public HttpRequest.Builder peticionEnSesion(String ruta) {
    return HttpRequest.newBuilder(api(ruta)).timeout(Duration.ofMinutes(5));
  }

  /**
   * Un cliente con la sesión del administrador, abierta por el formulario de entrada como la abre
   * una persona en el tablero: sus peticiones llevan la cookie de sesión, como las de los scripts
   * de las páginas, y no pagan la verificación de la contraseña (PBKDF2, unos 20 ms de CPU) que
   * HTTP Basic paga en cada llamada.
   */
  public HttpClient sesion() throws IOException, InterruptedException {
    HttpClient cliente =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI raiz = URI.create("http://127.0.0.1:" + puertoHttp() + "/prep/");
    cliente.send(
        HttpRequest.newBuilder(raiz).GET().build(), HttpResponse.BodyHandlers.discarding());
    String formulario =
        "j_username=admin&j_password=" + URLEncoder.encode(clave, StandardCharsets.UTF_8);
    HttpResponse<String> entrada =
        cliente.send(
            HttpRequest.newBuilder(raiz.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(formulario))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> prueba =
        cliente.send(
            peticionEnSesion("/entidades").GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (prueba.statusCode() != 200) {
      throw new IllegalStateException(
          "No se pudo abrir la sesión con el formulario (HTTP "
              + entrada.statusCode()
              + ", luego "
              + prueba.statusCode()
              + ")");
    }
    return cliente;
  }

  /** Un cliente HTTP/1.1 (conexiones que se reutilizan, como las de un navegador). */
  public HttpClient http() {
    return http;
  }

  /** El {@code server.log} de la copia: sus registros, también los FINE que se encendieron. */
  public Path registro() {
    return copia().resolve("standalone/log/server.log");
  }

  /** Lo que el servidor escribió en su consola. */
  public Path consola() {
    return carpeta.resolve("consola.log");
  }

  /**
   * El tiempo de CPU que lleva la JVM del servidor (hija de {@code standalone.sh}), con todos sus
   * hilos: las peticiones, el recolector y los de H2.
   */
  public Duration cpu() {
    return proceso
        .descendants()
        .map(ProcessHandle::info)
        .filter(info -> info.command().map(c -> c.endsWith("java")).orElse(false))
        .map(info -> info.totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Sube un libro a {@code POST /prep/api/importaciones} y devuelve lo que respondió. */
  public Subida importar(Path libro) throws IOException, InterruptedException {
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
        peticion("/importaciones")
            .timeout(Duration.ofMinutes(15))
            .header("Content-Type", "multipart/form-data; boundary=" + limite)
            .POST(
                BodyPublishers.concat(
                    BodyPublishers.ofString(antes, StandardCharsets.UTF_8),
                    BodyPublishers.ofFile(libro),
                    BodyPublishers.ofString(despues, StandardCharsets.UTF_8)))
            .build();
    Instant desde = Instant.now();
    long inicio = System.nanoTime();
    Duration cpuInicial = cpu();
    HttpResponse<String> respuesta =
        http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long ms = (System.nanoTime() - inicio) / 1_000_000;
    long cpuMs = cpu().minus(cpuInicial).toMillis();
    return Subida.de(respuesta.statusCode(), ms, cpuMs, respuesta.body(), desde, Instant.now());
  }

  /** Pide al servidor que se apague; si no lo hace en un minuto, termina su proceso. */
  public synchronized void detener() {
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
              .redirectOutput(carpeta.resolve("apagado.log").toFile())
              .start();
      cli.waitFor(60, TimeUnit.SECONDS);
      if (!proceso.waitFor(60, TimeUnit.SECONDS)) {
        salida.println("El servidor no se apagó; se termina su proceso.");
        terminar();
      }
    } catch (IOException e) {
      terminar();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lo apaga y quita el gancho que lo apagaría al terminar la medición. */
  @Override
  public void close() {
    detener();
    try {
      Runtime.getRuntime().removeShutdownHook(alSalir);
    } catch (IllegalStateException yaSeEstaSaliendo) {
      // La JVM ya corre sus ganchos: el gancho apaga el servidor.
    } catch (IllegalArgumentException nuncaSeArranco) {
      // arrancar() no llegó a registrar el gancho.
    }
  }

  private void terminar() {
    proceso.descendants().forEach(ProcessHandle::destroy);
    proceso.destroy();
  }

  /** La copia del servidor que corre la medición. */
  private Path copia() {
    return carpeta.resolve("servidor");
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

  /** Los registros FINE pedidos, en el {@code standalone.xml} de la copia. */
  private void encenderRegistros() throws IOException {
    if (registrosDetallados.isEmpty()) {
      return;
    }
    Path configuracion = copia().resolve("standalone/configuration/standalone.xml");
    String xml = Files.readString(configuracion);
    StringBuilder registros = new StringBuilder();
    for (String categoria : registrosDetallados) {
      registros
          .append("$1<logger category=\"")
          .append(categoria)
          .append("\"><level name=\"DEBUG\"/></logger>");
    }
    xml = xml.replaceFirst("(\\s*)<root-logger>", registros + "$1<root-logger>");
    Files.writeString(configuracion, xml);
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
}
