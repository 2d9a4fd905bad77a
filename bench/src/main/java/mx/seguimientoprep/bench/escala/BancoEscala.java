package mx.seguimientoprep.bench.escala;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.seguimientoprep.bench.CicloSintetico;
import mx.seguimientoprep.bench.Corrida;
import mx.seguimientoprep.bench.ReferenceData;
import mx.seguimientoprep.bench.SyntheticWorkbook;
import mx.seguimientoprep.bench.servidor.Muestra;
import mx.seguimientoprep.bench.servidor.ServidorDeMedicion;
import mx.seguimientoprep.bench.servidor.Subida;
import mx.seguimientoprep.domain.entidad.Entidad;

/**
 * El estado a escala (issue 9, punto 6): lo que cuesta el tablero, y el estado de un proceso, justo
 * después de una escritura, con años de datos. No es una prueba: imprime cifras y no falla por un
 * tiempo; mide el servidor que se le dé, para comparar el de antes con el de después.
 *
 * <p>Arranca una copia del servidor aprovisionado ({@link ServidorDeMedicion}: su propia base H2 en
 * una carpeta temporal, una clave aleatoria, sin datos de demostración, los puertos desplazados en
 * 200, o 400… si están ocupados) con la fecha de referencia 31/03/2024, de modo que el proceso
 * actual de cada entidad sea el 2023-2024. Le carga, por {@code POST /prep/api/importaciones} en
 * partes (el límite de subida es 20 MB), tres procesos de cada una de las 32 entidades (2017-2018,
 * 2020-2021 y 2023-2024, con sus jornadas reales) con sus acuerdos, sesiones, entregables e
 * integrantes, y N oficios repartidos por igual entre los 96. Luego mide, con p50, p99 y máximo: el
 * piso (el tablero y un estado pedidos sin escrituras de por medio, de la caché), el tablero
 * ({@code GET /prep/api/entidades}) justo después de registrar un oficio ({@code POST
 * /prep/api/oficios}) en el proceso actual de una entidad al azar, y el estado de esa entidad
 * ({@code GET /prep/api/entidades/{clave}/estado}) justo después de una escritura en su proceso.
 * Las sentencias SQL de cada cálculo del estado salen de la línea FINE de {@code
 * ConsultarEstadoJpa} («Estado de 32 procesos (1 leídos de la base) con 8 sentencias SQL»), que la
 * copia enciende; un servidor que no la escribe da la cifra por no disponible.
 *
 * <p>Opciones: {@code --oficios N} (1 000 000), {@code --escrituras N} (100 por medición), {@code
 * --servidor DIR} ({@code web-ear/ear/target/server}), {@code --por-parte N} (100 000 oficios por
 * libro), {@code --piso N} (100 consultas sin escrituras), {@code --calentamiento N} (200 vueltas
 * sin medir antes de cada medición), {@code --conservar} (no borra la carpeta temporal, con la base
 * y los registros del servidor).
 */
public final class BancoEscala {

  private static final List<Integer> DESPLAZAMIENTOS = List.of(200, 400, 500, 600, 700);
  private static final LocalDate REFERENCIA = LocalDate.of(2024, 3, 31);
  private static final long LIMITE_SUBIDA = 20L * 1024 * 1024;
  private static final double OBJETIVO_TABLERO_MS = 50;
  private static final double OBJETIVO_ESTADO_MS = 20;
  private static final int ERRORES_SEGUIDOS = 5;

  /**
   * Vueltas sin medir antes de cada medición, por omisión ({@code --calentamiento N}): las que
   * necesita la JVM del servidor para compilar el camino medido, como en un servidor que ya atendió
   * unos cientos de preguntas. Con 3 (lo que había hasta el 2026-12-01) se medía en buena parte el
   * código aún interpretado: un estado de la caché costaba 10 ms de mediana, y 1 ms tras unos
   * cientos de llamadas.
   */
  private static final int CALENTAMIENTO = 200;

  static final String CONSULTAR_ESTADO = "mx.seguimientoprep.persistence.estado.ConsultarEstadoJpa";

  /** Los tres procesos de cada entidad, con sus jornadas; el último es el actual al 31/03/2024. */
  public static final List<CicloSintetico> CICLOS =
      List.of(
          new CicloSintetico(
              "Proceso Electoral Local Ordinario 2017-2018", "2017-2018", LocalDate.of(2018, 7, 1)),
          new CicloSintetico(
              "Proceso Electoral Local Ordinario 2020-2021", "2020-2021", LocalDate.of(2021, 6, 6)),
          CicloSintetico.ORDINARIO_2023_2024);

  private final PrintStream salida = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private final Path temporal;
  private final boolean conservar;

  /** Con semilla fija: el servidor de antes y el de después reciben las mismas escrituras. */
  private final Random azar = new Random(20240331);

  private ServidorDeMedicion servidor;
  private HttpClient http;
  private HttpClient sesion;
  private RegistroDeCalculos registro;
  private int siguienteEscritura = 1;
  private final int calentamiento;

  private BancoEscala(Path temporal, boolean conservar, int calentamiento) {
    this.temporal = temporal;
    this.conservar = conservar;
    this.calentamiento = calentamiento;
  }

  public static void main(String[] args) throws Exception {
    int oficios = 1_000_000;
    int escrituras = 100;
    int porParte = 100_000;
    int piso = 100;
    Path servidor = Path.of("web-ear/ear/target/server");
    boolean conservar = false;
    int calentamiento = CALENTAMIENTO;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--oficios" -> oficios = Integer.parseInt(args[++i]);
        case "--escrituras" -> escrituras = Integer.parseInt(args[++i]);
        case "--por-parte" -> porParte = Integer.parseInt(args[++i]);
        case "--piso" -> piso = Integer.parseInt(args[++i]);
        case "--servidor" -> servidor = Path.of(args[++i]);
        case "--conservar" -> conservar = true;
        case "--calentamiento" -> calentamiento = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Opción desconocida: " + args[i]);
      }
    }
    if (porParte < 2 || porParte % 2 != 0) {
      // Un envío y su respuesta quedan en la misma parte.
      throw new IllegalArgumentException("--por-parte debe ser un número par: " + porParte);
    }
    Path temporal = Files.createTempDirectory("prep-escala-");
    try {
      new BancoEscala(temporal, conservar, calentamiento)
          .correr(servidor.toAbsolutePath(), oficios, escrituras, porParte, piso);
    } finally {
      if (conservar) {
        System.out.println("Carpeta temporal conservada: " + temporal);
      } else {
        Corrida.borrar(temporal);
      }
    }
  }

  private void correr(Path origen, int oficios, int escrituras, int porParte, int piso)
      throws Exception {
    encabezado(origen, oficios, escrituras);
    List<Entidad> estados = ReferenceData.cargar().estados();
    ServidorDeMedicion copia =
        new ServidorDeMedicion(origen, temporal, salida, DESPLAZAMIENTOS)
            .conEntorno("PREP_FECHA_REFERENCIA", REFERENCIA.toString())
            .conRegistroDetallado(CONSULTAR_ESTADO);
    servidor = copia;
    try (copia) {
      long arranque = System.nanoTime();
      if (!servidor.arrancar()) {
        throw new IllegalStateException("El servidor no arrancó; véase arriba.");
      }
      http = servidor.http();
      salida.printf(
          "servidor listo en %.1f s (registro: %s)%n", segundos(arranque), servidor.registro());
      Carga carga = cargar(estados, oficios, porParte);
      Map<String, String> actuales = procesosActuales(estados);
      registro = new RegistroDeCalculos(servidor.registro());
      // Las consultas medidas van con la sesión del formulario, como las del tablero; las
      // escrituras, con HTTP Basic, como un script.
      sesion = servidor.sesion();

      salida.println();
      salida.printf(
          "-- Piso: %d consultas sin escrituras de por medio (de la caché), tras %d sin medir --%n",
          piso, calentamiento);
      Serie pisoTablero = sinEscrituras("GET /prep/api/entidades", piso, i -> "/entidades");
      for (Entidad e : estados) {
        // Cada estado, una vez calculado, antes de medir su piso.
        consultar(ruta(e));
      }
      Serie pisoEstado =
          sinEscrituras(
              "GET /prep/api/entidades/{clave}/estado, las 32 por turno",
              piso,
              i -> ruta(estados.get(i % estados.size())));
      Serie pisoBasic = new Serie("El mismo estado con HTTP Basic (la contraseña en cada llamada)");
      for (int i = 0; i < estados.size() && pisoBasic.sigue(); i++) {
        pisoBasic.consulta(
            enviar(http, servidor.peticion(ruta(estados.get(i))).GET().build(), 200));
      }
      registro.leer();
      pisoBasic.imprimir();

      salida.println();
      salida.printf(
          "-- Tablero tras una escritura: %d veces { POST /prep/api/oficios en el proceso actual de"
              + " una entidad al azar ; GET /prep/api/entidades }, tras %d sin medir --%n",
          escrituras, calentamiento);
      Serie tablero =
          trasEscritura(
              "GET /prep/api/entidades tras cada POST",
              escrituras,
              estados,
              actuales,
              e -> "/entidades");

      salida.println();
      salida.printf(
          "-- Un estado tras una escritura en su proceso: %d veces { POST /prep/api/oficios ; GET"
              + " /prep/api/entidades/{clave}/estado de esa entidad }, tras %d sin medir --%n",
          escrituras, calentamiento);
      Serie estado =
          trasEscritura(
              "GET /prep/api/entidades/{clave}/estado tras cada POST",
              escrituras,
              estados,
              actuales,
              this::ruta);

      servidor.detener();
      resumen(oficios, carga, pisoTablero, pisoEstado, pisoBasic, tablero, estado);
    }
  }

  private void encabezado(Path origen, int oficios, int escrituras) {
    salida.println("== Seguimiento PREP · el estado a escala ==");
    salida.println(Corrida.maquina());
    salida.printf(
        "Servidor medido: %s; %,d oficios en 32 entidades × %d procesos, %d escrituras por"
            + " medición, fecha de referencia %s. Nada aquí falla por un tiempo.%n%n",
        origen, oficios, CICLOS.size(), escrituras, dia(REFERENCIA));
  }

  /** La carga por partes: cada libro se genera, se sube y se borra. */
  private Carga cargar(List<Entidad> estados, int oficios, int tamano)
      throws IOException, InterruptedException {
    int partes = Math.max(1, (oficios + tamano - 1) / tamano);
    salida.println();
    salida.printf(
        "-- Carga: %,d oficios en %s de hasta %,d, por POST /prep/api/importaciones; los %d"
            + " procesos y sus demás hojas en la primera --%n",
        oficios, partes(partes), tamano, estados.size() * CICLOS.size());
    SyntheticWorkbook generador = new SyntheticWorkbook(estados, CICLOS);
    long inicio = System.nanoTime();
    List<Long> porParte = new ArrayList<>();
    long importando = 0;
    long cpu = 0;
    int nuevos = 0;
    for (int p = 0; p < partes; p++) {
      int desde = p * tamano;
      int hasta = Math.min(oficios, desde + tamano);
      Path libro = temporal.resolve("escala-parte-%02d.xlsx".formatted(p + 1));
      long generacion = System.nanoTime();
      generador.escribir(libro, desde, hasta, p == 0);
      long bytes = Files.size(libro);
      double generado = segundos(generacion);
      Subida subida = servidor.importar(libro);
      if (!conservar) {
        Files.delete(libro);
      }
      porParte.add(subida.ms());
      importando += subida.ms();
      cpu += subida.cpuMs();
      nuevos += subida.conteo("Oficios", "nuevos");
      salida.printf(
          "parte %d de %d: oficios %,d a %,d%s; %.1f MB (%s el límite de 20 MB), generada en %.1f"
              + " s; %s%n",
          p + 1,
          partes,
          desde + 1,
          hasta,
          p == 0 ? " y las demás hojas" : "",
          bytes / (1024.0 * 1024.0),
          bytes < LIMITE_SUBIDA ? "bajo" : "SOBRE",
          generado,
          subida);
      if (subida.http() != 200
          || !subida.conInforme()
          || !"aplicada".equals(subida.informe().getString("estado", ""))) {
        throw new IllegalStateException(
            "La parte " + (p + 1) + " no se aplicó: no se mide sobre una carga incompleta.");
      }
    }
    Carga carga = new Carga(porParte, importando, cpu, segundos(inicio), nuevos);
    salida.printf(
        "Carga completa: %,d oficios nuevos (se esperan %,d) en %.1f s importando (CPU del"
            + " servidor %.1f s), %.1f s con la generación de los libros%n",
        nuevos, oficios, importando / 1000.0, cpu / 1000.0, carga.total());
    return carga;
  }

  /**
   * El proceso actual de cada entidad según el tablero (la primera consulta tras la carga, sin
   * caché), por clave; dice si alguna no quedó en el 2023-2024.
   */
  private Map<String, String> procesosActuales(List<Entidad> estados)
      throws IOException, InterruptedException {
    long inicio = System.nanoTime();
    HttpResponse<String> respuesta =
        http.send(
            servidor.peticion("/entidades").GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    double ms = (System.nanoTime() - inicio) / 1e6;
    if (respuesta.statusCode() != 200) {
      throw new IllegalStateException(
          "El tablero respondió HTTP " + respuesta.statusCode() + ": " + respuesta.body());
    }
    Map<String, String> actuales = new LinkedHashMap<>();
    try (JsonReader lector = Json.createReader(new StringReader(respuesta.body()))) {
      for (JsonObject entidad : lector.readArray().getValuesAs(JsonObject.class)) {
        if (entidad.containsKey("procesoActual") && !entidad.isNull("procesoActual")) {
          actuales.put(entidad.getString("clave", ""), entidad.getString("procesoActual"));
        }
      }
    }
    String esperado = CICLOS.get(CICLOS.size() - 1).nombre();
    long enElUltimo = actuales.values().stream().filter(esperado::equals).count();
    salida.printf(
        "%nPrimera consulta del tablero tras la carga (sin caché): %.1f ms; %d entidades, %d con"
            + " el proceso actual «%s»%n",
        ms, actuales.size(), enElUltimo, esperado);
    for (Entidad e : estados) {
      actuales.putIfAbsent(e.getClave().valor(), esperado);
    }
    return actuales;
  }

  /** {@code veces} consultas seguidas, sin escribir nada entre ellas. */
  private Serie sinEscrituras(String que, int veces, Function<Integer, String> ruta)
      throws IOException, InterruptedException {
    for (int i = 0; i < calentamiento; i++) {
      consultar(ruta.apply(i));
    }
    Serie serie = new Serie(que);
    registro.saltar();
    for (int i = 0; i < veces && serie.sigue(); i++) {
      serie.consulta(consultar(ruta.apply(i)));
    }
    serie.calculos.addAll(registro.leer());
    serie.imprimir();
    return serie;
  }

  /** {@code veces} veces: un oficio nuevo en una entidad al azar y, enseguida, la consulta. */
  private Serie trasEscritura(
      String que,
      int veces,
      List<Entidad> estados,
      Map<String, String> actuales,
      Function<Entidad, String> ruta)
      throws IOException, InterruptedException {
    for (int i = 0; i < calentamiento; i++) {
      Entidad entidad = estados.get(azar.nextInt(estados.size()));
      escribir(entidad, actuales.get(entidad.getClave().valor()));
      consultar(ruta.apply(entidad));
    }
    Serie serie = new Serie(que);
    registro.saltar();
    for (int i = 0; i < veces && serie.sigue(); i++) {
      Entidad entidad = estados.get(azar.nextInt(estados.size()));
      serie.escritura(escribir(entidad, actuales.get(entidad.getClave().valor())));
      serie.consulta(consultar(ruta.apply(entidad)));
      // Las líneas de esta vuelta: las de la escritura y las de la consulta.
      serie.calculos.addAll(registro.leer());
    }
    serie.imprimir();
    return serie;
  }

  private String ruta(Entidad entidad) {
    return "/entidades/" + entidad.getClave().valor() + "/estado";
  }

  /** Una consulta GET, cronometrada hasta el último byte de la respuesta. */
  private Peticion consultar(String ruta) throws InterruptedException {
    return enviar(sesion == null ? http : sesion, peticionGet(ruta), 200);
  }

  private HttpRequest peticionGet(String ruta) {
    return (sesion == null ? servidor.peticion(ruta) : servidor.peticionEnSesion(ruta))
        .GET()
        .build();
  }

  /** Un oficio nuevo por {@code POST /oficios}, con los campos de la hoja {@code Oficios}. */
  private Peticion escribir(Entidad entidad, String proceso) throws InterruptedException {
    int n = siguienteEscritura++;
    String siglas = entidad.getSiglas().toUpperCase(Locale.ROOT);
    String cuerpo =
        Json.createObjectBuilder()
            .add("entidad", entidad.getNombre())
            .add("proceso", proceso)
            // Los números de la carga terminan en el primer año de su proceso (/2017, /2020,
            // /2023): los que terminan en /2024 no chocan con ninguno.
            .add("numero", "%s/SE/%06d/%d".formatted(siglas, n, REFERENCIA.getYear()))
            .add("fecha", dia(REFERENCIA))
            .add("sentido", "Enviado al INE")
            .add("remitente", "Secretaría Ejecutiva del " + entidad.getSiglas())
            .add("destinatario", "UNICOM")
            .add(
                "asunto",
                "Remite el informe mensual de avance del PREP de marzo de 2024 (escritura "
                    + n
                    + " de la medición).")
            .add("entregables", "E03")
            .build()
            .toString();
    return enviar(
        http,
        servidor
            .peticion("/oficios")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo, StandardCharsets.UTF_8))
            .build(),
        201);
  }

  private Peticion enviar(HttpClient cliente, HttpRequest peticion, int esperado)
      throws InterruptedException {
    long inicio = System.nanoTime();
    try {
      HttpResponse<String> respuesta =
          cliente.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long nanos = System.nanoTime() - inicio;
      return respuesta.statusCode() == esperado
          ? new Peticion(nanos, null)
          : new Peticion(
              nanos,
              "%s %s: HTTP %d %s"
                  .formatted(
                      peticion.method(),
                      peticion.uri().getPath(),
                      respuesta.statusCode(),
                      recortar(respuesta.body())));
    } catch (IOException e) {
      return new Peticion(
          System.nanoTime() - inicio,
          peticion.method() + " " + peticion.uri().getPath() + ": " + e);
    }
  }

  private void resumen(
      int oficios,
      Carga carga,
      Serie pisoTablero,
      Serie pisoEstado,
      Serie pisoBasic,
      Serie tablero,
      Serie estado) {
    salida.println();
    salida.printf(
        "== Resumen: %,d oficios en %d procesos (32 entidades × %d), H2 ==%n",
        oficios, 32 * CICLOS.size(), CICLOS.size());
    salida.printf(
        "Carga por la importación: %s, %.1f s importando (CPU del servidor %.1f s), %.1f s con la"
            + " generación de los libros; %,d oficios nuevos; cada parte: %s s%n",
        partes(carga.porParte().size()),
        carga.importandoMs() / 1000.0,
        carga.cpuMs() / 1000.0,
        carga.total(),
        carga.nuevos(),
        carga.porParte().stream()
            .map(ms -> "%.1f".formatted(ms / 1000.0))
            .collect(Collectors.joining(", ")));
    salida.println(
        "Piso, el tablero de la caché (GET /prep/api/entidades sin escrituras): "
            + pisoTablero.cifras());
    salida.println(
        "Piso, un estado de la caché (GET /prep/api/entidades/{clave}/estado sin escrituras): "
            + pisoEstado.cifras());
    salida.println(
        "Piso, un estado de la caché con HTTP Basic en vez de la sesión: "
            + pisoBasic.cifras()
            + " (la verificación de la contraseña en cada llamada; las cifras de arriba y de abajo"
            + " van con la cookie de sesión, como el tablero)");
    salida.println(
        "Tablero justo después de una escritura: "
            + tablero.cifras()
            + "; "
            + tablero.razon(pisoTablero)
            + "; objetivo p99 < 50 ms: "
            + tablero.objetivo(OBJETIVO_TABLERO_MS));
    salida.println(
        "Un estado justo después de una escritura en su proceso: "
            + estado.cifras()
            + "; "
            + estado.razon(pisoEstado)
            + " de un estado; objetivo p99 < 20 ms: "
            + estado.objetivo(OBJETIVO_ESTADO_MS));
    salida.println(
        "El cálculo dentro del servidor tras una escritura (la línea FINE, sin HTTP): tablero "
            + tablero.servidor()
            + "; un estado "
            + estado.servidor());
    salida.println(
        "Escrituras (POST /prep/api/oficios): "
            + tablero.cifrasDe(
                Stream.concat(tablero.escrituras.stream(), estado.escrituras.stream()).toList()));
    if (tablero.calculos.isEmpty() && estado.calculos.isEmpty()) {
      salida.println(
          "Sentencias SQL por cálculo del estado tras una escritura: no disponible (el servidor no"
              + " escribió en su registro la línea FINE de ConsultarEstadoJpa «Estado de N procesos"
              + " (M leídos de la base) con S sentencias SQL»)");
    } else {
      salida.println(
          "Sentencias SQL por cálculo del estado tras una escritura: tablero "
              + tablero.sentencias()
              + "; un estado "
              + estado.sentencias()
              + "; objetivo una constante: "
              + constante(tablero, estado));
    }
    int errores =
        pisoTablero.errores
            + pisoEstado.errores
            + pisoBasic.errores
            + tablero.errores
            + estado.errores;
    if (errores > 0) {
      salida.printf("Peticiones que fallaron: %d (véase arriba)%n", errores);
    }
  }

  /**
   * Si cada medición con cálculos en el registro dio un solo número de sentencias. Que no crezca
   * con los datos se ve comparando corridas de distinto tamaño.
   */
  private static String constante(Serie... series) {
    boolean constante =
        Stream.of(series)
            .filter(s -> !s.calculos.isEmpty())
            .allMatch(s -> s.distintas().size() == 1);
    return constante
        ? "cumplido (un solo valor en cada medición)"
        : "no cumplido (varía dentro de una medición)";
  }

  private static String partes(int n) {
    return n == 1 ? "1 parte" : n + " partes";
  }

  private static String dia(LocalDate fecha) {
    return fecha.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private static String recortar(String texto) {
    return texto.length() <= 300 ? texto : texto.substring(0, 300) + "…";
  }

  private static double segundos(long desde) {
    return (System.nanoTime() - desde) / 1e9;
  }

  /** Lo que tomó la carga: las partes, el tiempo de las subidas y los oficios nuevos. */
  private record Carga(
      List<Long> porParte, long importandoMs, long cpuMs, double total, int nuevos) {}

  /** Una petición: lo que tardó y, si no respondió lo esperado, qué pasó. */
  private record Peticion(long nanos, String falla) {}

  /** Una medición: sus consultas, sus escrituras y los cálculos del estado que registró. */
  private final class Serie {
    final String que;
    final List<Long> consultas = new ArrayList<>();
    final List<Long> escrituras = new ArrayList<>();
    final List<RegistroDeCalculos.Calculo> calculos = new ArrayList<>();
    int errores;
    int seguidos;

    Serie(String que) {
      this.que = que;
    }

    void consulta(Peticion p) {
      consultas.add(p.nanos());
      contar(p);
    }

    void escritura(Peticion p) {
      escrituras.add(p.nanos());
      contar(p);
    }

    private void contar(Peticion p) {
      if (p.falla() == null) {
        seguidos = 0;
        return;
      }
      errores++;
      seguidos++;
      if (errores <= 3) {
        salida.println("  falló: " + p.falla());
      }
    }

    /** Tras varios errores seguidos el servidor ya no responde: no se sigue. */
    boolean sigue() {
      if (seguidos < ERRORES_SEGUIDOS) {
        return true;
      }
      salida.println("  " + ERRORES_SEGUIDOS + " errores seguidos: la medición se detiene.");
      return false;
    }

    Muestra muestra() {
      return Muestra.de(consultas);
    }

    String cifras() {
      return cifrasDe(consultas) + (errores > 0 ? " (" + errores + " fallaron)" : "");
    }

    String cifrasDe(List<Long> nanos) {
      Muestra m = Muestra.de(nanos);
      return m.vacia()
          ? "sin medidas"
          : "mediana %s, p99 %s, máximo %s (%d medidas)"
              .formatted(ms(m.mediana()), ms(m.percentil(99)), ms(m.maximo()), m.cuantos());
    }

    String razon(Serie piso) {
      Muestra m = muestra();
      Muestra p = piso.muestra();
      if (m.vacia() || p.vacia() || p.percentil(99) == 0 || p.mediana() == 0) {
        return "sin razón contra el piso";
      }
      return "p99 %.1f× el piso (la mediana %.1f×)"
          .formatted(
              (double) m.percentil(99) / p.percentil(99), (double) m.mediana() / p.mediana());
    }

    String objetivo(double limiteMs) {
      Muestra m = muestra();
      if (m.vacia()) {
        return "sin medidas";
      }
      return m.percentil(99) / 1e6 < limiteMs ? "cumplido" : "no cumplido";
    }

    /** Cuántas veces se vio cada número de sentencias SQL por cálculo. */
    Map<Integer, Long> distintas() {
      return calculos.stream()
          .collect(
              Collectors.groupingBy(
                  RegistroDeCalculos.Calculo::sentencias, TreeMap::new, Collectors.counting()));
    }

    String sentencias() {
      if (calculos.isEmpty()) {
        return "ningún cálculo en el registro";
      }
      Muestra s = Muestra.de(calculos.stream().map(c -> (long) c.sentencias()).toList());
      Muestra leidos = Muestra.de(calculos.stream().map(c -> (long) c.leidos()).toList());
      Muestra procesos = Muestra.de(calculos.stream().map(c -> (long) c.procesos()).toList());
      return "mínimo %d, mediana %d, máximo %d en %d cálculos (distintas: %s; procesos por cálculo:"
              .formatted(s.minimo(), s.mediana(), s.maximo(), s.cuantos(), veces(distintas()))
          + " mediana %d; leídos de la base: mediana %d, máximo %d)"
              .formatted(procesos.mediana(), leidos.mediana(), leidos.maximo());
    }

    /** Lo que tardaron los cálculos dentro del servidor, según su línea FINE. */
    String servidor() {
      List<Long> nanos =
          calculos.stream().map(RegistroDeCalculos.Calculo::nanos).filter(n -> n >= 0).toList();
      List<Long> cpu =
          calculos.stream().map(RegistroDeCalculos.Calculo::cpu).filter(n -> n >= 0).toList();
      if (nanos.isEmpty()) {
        return "no disponible (la línea no trae el tiempo)";
      }
      return "reloj "
          + cifrasDe(nanos)
          + (cpu.isEmpty() ? "" : ", CPU de su hilo " + cifrasDe(cpu));
    }

    private String veces(Map<Integer, Long> distintas) {
      return distintas.entrySet().stream()
          .map(e -> e.getKey() + " ×" + e.getValue())
          .collect(Collectors.joining(", "));
    }

    void imprimir() {
      salida.println(que + ": " + cifras());
      if (!escrituras.isEmpty()) {
        salida.println("POST /prep/api/oficios: " + cifrasDe(escrituras));
      }
      salida.println(
          "Cálculos del estado en el registro: "
              + (calculos.isEmpty() ? "ninguno" : calculos.size())
              + (calculos.isEmpty()
                  ? ""
                  : "; sentencias SQL por cálculo: "
                      + sentencias()
                      + "; en el servidor: "
                      + servidor()));
    }

    private String ms(long nanos) {
      return "%.1f ms".formatted(nanos / 1e6);
    }
  }
}
