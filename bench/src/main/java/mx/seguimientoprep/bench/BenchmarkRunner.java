package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import mx.seguimientoprep.bench.servidor.Subida;

/**
 * Corre las mediciones y imprime sus cifras: genera el libro (una vez), mide cada fase de lectura y
 * de escritura en una JVM nueva con su propio {@code -Xmx}, y la importación completa contra el
 * servidor aprovisionado. Cada cifra se compara con su piso medido en la misma corrida: en una
 * máquina compartida los tiempos varían, las razones mucho menos. Nada aquí falla por un tiempo.
 *
 * <p>Opciones: {@code --filas N} (100 000), {@code --filas-chicas N} (25 000), {@code --vueltas N}
 * (3 medidas tras 1 de calentamiento), {@code --importaciones N} (3 rondas de importación, cada una
 * con servidor y base nuevos), {@code --solo lectura,exportacion,importacion}, {@code --servidor
 * DIR} (el WildFly aprovisionado), {@code --conservar} (no borra la carpeta temporal), {@code
 * --perfil} (graba el servidor con JFR y dice en qué se fue el tiempo de cada importación).
 */
public final class BenchmarkRunner {

  private static final int CALENTAMIENTO = 1;
  private static final String MEMORIA_STREAMING = "128m";
  private static final String MEMORIA_INFORME = "128m";
  private static final String MEMORIA_HOLGADA = "512m";
  private static final String MEMORIA_INGENUA = "3g";
  private static final long LIMITE_SUBIDA = 20L * 1024 * 1024;

  private final PrintStream salida = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private final Path temporal;
  private final int vueltas;
  private final boolean perfil;
  private final int importaciones;

  private BenchmarkRunner(Path temporal, int vueltas, boolean perfil, int importaciones) {
    this.temporal = temporal;
    this.vueltas = vueltas;
    this.perfil = perfil;
    this.importaciones = importaciones;
  }

  public static void main(String[] args) throws Exception {
    int filas = 100_000;
    int filasChicas = 25_000;
    int vueltas = 3;
    Set<String> fases = Set.of("lectura", "exportacion", "informe", "importacion");
    Path servidor = Path.of("../web-ear/ear/target/server");
    boolean conservar = false;
    boolean perfil = false;
    int importaciones = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--filas" -> filas = Integer.parseInt(args[++i]);
        case "--filas-chicas" -> filasChicas = Integer.parseInt(args[++i]);
        case "--vueltas" -> vueltas = Integer.parseInt(args[++i]);
        case "--solo" -> fases = Set.of(args[++i].split(","));
        case "--servidor" -> servidor = Path.of(args[++i]);
        case "--conservar" -> conservar = true;
        case "--perfil" -> perfil = true;
        case "--importaciones" -> importaciones = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Opción desconocida: " + args[i]);
      }
    }
    Path temporal = Files.createTempDirectory("prep-bench-");
    Files.createDirectories(temporal.resolve("tmp"));
    try {
      new BenchmarkRunner(temporal, vueltas, perfil, importaciones)
          .correr(filas, filasChicas, fases, servidor);
    } finally {
      if (conservar) {
        System.out.println("Carpeta temporal conservada: " + temporal);
      } else {
        Corrida.borrar(temporal);
      }
    }
  }

  private void correr(int filas, int filasChicas, Set<String> fases, Path servidor)
      throws Exception {
    encabezado();
    ReferenceData referencia = ReferenceData.cargar();
    SyntheticWorkbook generador = new SyntheticWorkbook(referencia.estados());
    // El informe mensual no lee el libro: con --solo informe no se genera.
    Path libro =
        fases.contains("lectura") || fases.contains("importacion")
            ? generar(generador, filas)
            : null;
    List<String> resumen = new ArrayList<>();
    if (fases.contains("lectura")) {
      Path chico = generar(generador, filasChicas);
      lectura(libro, filas, chico, filasChicas, resumen);
    }
    if (fases.contains("exportacion")) {
      exportacion(filas, resumen);
    }
    if (fases.contains("informe")) {
      informe(resumen);
    }
    if (fases.contains("importacion")) {
      importacion(libro, filas, servidor, resumen);
    }
    salida.println();
    salida.println("== Resumen ==");
    resumen.forEach(salida::println);
  }

  private void encabezado() {
    salida.println("== Seguimiento PREP · mediciones ==");
    salida.println(Corrida.maquina());
    salida.println(
        "Cada fase corre en una JVM nueva: una vuelta de calentamiento y "
            + vueltas
            + " medidas (mediana y mejor de pared; mejor de CPU del proceso, que no cuenta la espera"
            + " por un núcleo ocupado). En el resumen, las razones entre mejores tiempos: en una"
            + " máquina compartida los tiempos varían, las razones menos.");
    salida.println();
  }

  private Path generar(SyntheticWorkbook generador, int filas) throws IOException {
    Path libro = temporal.resolve("libro-" + filas + ".xlsx");
    long inicio = System.nanoTime();
    generador.escribir(libro, filas);
    long bytes = Files.size(libro);
    salida.printf(
        "Libro de %,d oficios (y 32 procesos, 96 acuerdos, 128 sesiones, 256 entregables, 96"
            + " integrantes): %.1f MB, generado con SXSSF en %.1f s; %s el límite de subida de"
            + " 20 MB%n",
        filas,
        bytes / (1024.0 * 1024.0),
        (System.nanoTime() - inicio) / 1e9,
        bytes < LIMITE_SUBIDA ? "bajo" : "SOBRE");
    return libro;
  }

  private void lectura(Path libro, int filas, Path chico, int filasChicas, List<String> resumen)
      throws IOException, InterruptedException {
    salida.println();
    salida.println("-- Lectura --");
    tabla();
    Medida piso = medir(Phase.SAX_FLOOR, libro, filas, MEMORIA_STREAMING);
    Medida filasDelLector = medir(Phase.PROJECT_ROWS, libro, filas, MEMORIA_STREAMING);
    Medida comandos = medir(Phase.PROJECT_COMMANDS, libro, filas, MEMORIA_STREAMING);
    Medida sinConservar = medir(Phase.PROJECT_COMMANDS_STREAMED, libro, filas, MEMORIA_STREAMING);
    Medida holgada = medir(Phase.PROJECT_COMMANDS, libro, filas, MEMORIA_HOLGADA);
    Medida ingenua = medir(Phase.XSSF_WORKBOOK, libro, filas, MEMORIA_INGENUA);
    Medida pisoChico = medir(Phase.SAX_FLOOR, chico, filasChicas, MEMORIA_STREAMING);
    Medida filasChicasDelLector = medir(Phase.PROJECT_ROWS, chico, filasChicas, MEMORIA_STREAMING);
    Medida comandosChicos = medir(Phase.PROJECT_COMMANDS, chico, filasChicas, MEMORIA_STREAMING);
    Medida sinConservarChicos =
        medir(Phase.PROJECT_COMMANDS_STREAMED, chico, filasChicas, MEMORIA_STREAMING);
    salida.println();
    resumen.add(
        "Lectura de %,d filas: piso SAX %s; lector + traducción %s = %s el piso (objetivo ≤ 1.5×),"
                .formatted(filas, piso.tiempo(), comandos.tiempo(), razon(comandos, piso))
            + " con -Xmx%s %s = %s; solo las filas %s = %s; XSSFWorkbook %s = %s, pico de heap %s"
                .formatted(
                    MEMORIA_HOLGADA,
                    holgada.tiempo(),
                    razon(holgada, piso),
                    filasDelLector.tiempo(),
                    razon(filasDelLector, piso),
                    ingenua.tiempo(),
                    razon(ingenua, piso),
                    ingenua.completa() ? HeapMonitor.mb(ingenua.picoUsado()) : "—"));
    resumen.add(
        "Memoria del lector con -Xmx%s: %s; heap vivo %s con %,d filas y %s con %,d (solo filas:"
                .formatted(
                    MEMORIA_STREAMING,
                    comandos.completa() && comandosChicos.completa()
                        ? "completó con " + filasChicas + " y " + filas + " filas"
                        : "NO completó",
                    vivo(comandosChicos),
                    filasChicas,
                    vivo(comandos),
                    filas)
            + " %s y %s; traducción sin conservar los comandos: %s y %s, %s = %s el piso; piso SAX:"
                .formatted(
                    vivo(filasChicasDelLector),
                    vivo(filasDelLector),
                    vivo(sinConservarChicos),
                    vivo(sinConservar),
                    sinConservar.tiempo(),
                    razon(sinConservar, piso))
            + " %s y %s)".formatted(vivo(pisoChico), vivo(piso)));
  }

  private void exportacion(int filas, List<String> resumen)
      throws IOException, InterruptedException {
    salida.println();
    salida.println("-- Exportación --");
    tabla();
    Medida piso =
        medir(Phase.SXSSF_FLOOR, temporal.resolve("piso-sxssf.xlsx"), filas, MEMORIA_STREAMING);
    Medida proyecto =
        medir(
            Phase.WORKBOOK_WRITER, temporal.resolve("exportacion.xlsx"), filas, MEMORIA_STREAMING);
    salida.println();
    resumen.add(
        "Exportación de %,d oficios: SXSSF desnudo %s; WorkbookWriter %s = %s (objetivo ≤ 1.3×);"
                .formatted(filas, piso.tiempo(), proyecto.tiempo(), razon(proyecto, piso))
            + " pico de heap %s contra %s, con -Xmx%s"
                .formatted(
                    HeapMonitor.mb(proyecto.picoUsado()),
                    HeapMonitor.mb(piso.picoUsado()),
                    MEMORIA_STREAMING));
  }

  /** El informe mensual de un mes con 1 000 oficios y 100 sesiones, en 128 MB de heap. */
  private void informe(List<String> resumen) throws IOException, InterruptedException {
    salida.println();
    salida.println("-- Informe mensual --");
    tabla();
    Medida informe =
        medir(
            Phase.INFORME_MENSUAL,
            temporal.resolve("informe.docx"),
            Phase.OFICIOS_DEL_INFORME,
            MEMORIA_INFORME);
    salida.println();
    resumen.add(
        "Informe mensual de %,d oficios y %d sesiones (.docx): %s (objetivo < 1 s); pico de heap %s,"
                .formatted(
                    Phase.OFICIOS_DEL_INFORME,
                    Phase.SESIONES_DEL_INFORME,
                    informe.tiempo(),
                    HeapMonitor.mb(informe.picoUsado()))
            + " vivo %s, con -Xmx%s".formatted(vivo(informe), MEMORIA_INFORME));
  }

  /**
   * Varias rondas, cada una en una copia nueva del servidor con una base nueva y vacía: la primera
   * subida de cada ronda importa todo, la segunda importa de nuevo el mismo archivo (nada nuevo).
   */
  private void importacion(Path libro, int filas, Path servidor, List<String> resumen)
      throws IOException, InterruptedException {
    salida.println();
    salida.println("-- Importación completa en H2, por HTTP --");
    List<Subida> primeras = new ArrayList<>();
    List<Subida> segundas = new ArrayList<>();
    for (int ronda = 1; ronda <= importaciones; ronda++) {
      salida.printf("ronda %d de %d, servidor y base nuevos%n", ronda, importaciones);
      Path carpeta = Files.createDirectories(temporal.resolve("importacion-" + ronda));
      List<Subida> subidas = new ServerImport(servidor, carpeta, salida, perfil).medir(libro);
      if (subidas == null) {
        resumen.add("Importación: no se midió (el servidor no arrancó; véase arriba).");
        return;
      }
      Subida primera = subidas.get(0);
      Subida segunda = subidas.get(1);
      if (!primera.conInforme() || !segunda.conInforme()) {
        resumen.add(
            "Importación: el servidor no respondió con un informe (HTTP %d y %d; véase arriba)."
                .formatted(primera.http(), segunda.http()));
        return;
      }
      primeras.add(primera);
      segundas.add(segunda);
    }
    Subida ultima = primeras.get(primeras.size() - 1);
    resumen.add(
        "Importación de %,d oficios en H2 (%d rondas): mediana %.1f s, mejor %.1f s (objetivo < 30"
                .formatted(
                    filas,
                    primeras.size(),
                    mediana(primeras, Subida::ms) / 1000.0,
                    mejor(primeras, Subida::ms) / 1000.0)
            + " s; CPU del servidor, mediana %.1f s), %,d registros nuevos cada vez; la segunda"
                .formatted(mediana(primeras, Subida::cpuMs) / 1000.0, ultima.suma("nuevos"))
            + " del mismo archivo: mediana %.1f s, mejor %.1f s, %,d nuevos y %,d actualizados"
                .formatted(
                    mediana(segundas, Subida::ms) / 1000.0,
                    mejor(segundas, Subida::ms) / 1000.0,
                    segundas.stream().mapToInt(s -> s.suma("nuevos")).sum(),
                    segundas.stream().mapToInt(s -> s.suma("actualizados")).sum())
            + " (se esperan 0 y 0)");
  }

  private static long mediana(List<Subida> subidas, ToLongFunction<Subida> valor) {
    long[] valores = subidas.stream().mapToLong(valor).sorted().toArray();
    int medio = valores.length / 2;
    return valores.length % 2 == 1 ? valores[medio] : (valores[medio - 1] + valores[medio]) / 2;
  }

  private static long mejor(List<Subida> subidas, ToLongFunction<Subida> valor) {
    return subidas.stream().mapToLong(valor).min().orElse(0);
  }

  private void tabla() {
    salida.printf(
        "%-42s %8s %6s %10s %10s %10s %11s %10s  %s%n",
        "fase",
        "filas",
        "-Xmx",
        "mediana",
        "mejor",
        "CPU mejor",
        "pico heap",
        "heap vivo",
        "qué hizo");
  }

  /** Corre una fase en una JVM nueva y lee su línea de resultado. */
  private Medida medir(Phase fase, Path archivo, int filas, String memoria)
      throws IOException, InterruptedException {
    List<String> comando =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + memoria,
            "-XX:+UseG1GC",
            "-Djava.io.tmpdir=" + temporal.resolve("tmp"),
            "-D"
                + ReferenceData.PROPIEDAD
                + "="
                + System.getProperty(ReferenceData.PROPIEDAD, ReferenceData.CARPETA),
            "-cp",
            System.getProperty("java.class.path"),
            IsolatedPhase.class.getName(),
            fase.name(),
            archivo.toString(),
            Integer.toString(filas),
            Integer.toString(CALENTAMIENTO),
            Integer.toString(vueltas));
    Path errores = temporal.resolve("fase-" + fase.name() + "-" + filas + ".err");
    Process proceso = new ProcessBuilder(comando).redirectError(errores.toFile()).start();
    List<String> lineas;
    try (var lector = proceso.inputReader(StandardCharsets.UTF_8)) {
      lineas = lector.lines().toList();
    }
    int codigo = proceso.waitFor();
    Medida medida =
        lineas.stream()
            .filter(linea -> linea.startsWith(IsolatedPhase.RESULTADO + "\t"))
            .findFirst()
            .map(linea -> Medida.de(linea, filas, memoria))
            .orElseGet(() -> Medida.fallida(fase, filas, memoria, motivo(codigo, errores)));
    salida.println(medida);
    return medida;
  }

  private static String motivo(int codigo, Path errores) {
    try {
      List<String> lineas = Files.readAllLines(errores);
      return lineas.stream()
          .filter(l -> l.contains("Exception") || l.contains("Error"))
          .findFirst()
          .orElse("la JVM terminó con el código " + codigo);
    } catch (IOException e) {
      return "la JVM terminó con el código " + codigo;
    }
  }

  private static String razon(Medida medida, Medida piso) {
    if (!medida.completa() || !piso.completa()) {
      return "sin razón";
    }
    return "%.2f× (en CPU %.2f×)"
        .formatted(
            (double) medida.mejor() / piso.mejor(), (double) medida.mejorCpu() / piso.mejorCpu());
  }

  private static String vivo(Medida medida) {
    return medida.completa() ? HeapMonitor.mb(medida.picoVivo()) : "—";
  }

  /** El resultado de una fase: sus tiempos en milisegundos y su memoria, o por qué falló. */
  record Medida(
      Phase fase,
      int filas,
      String memoria,
      long[] ms,
      long[] cpu,
      long picoUsado,
      long picoVivo,
      String detalle,
      String falla) {

    static Medida de(String linea, int filas, String memoria) {
      String[] campos = linea.split("\t", -1);
      return new Medida(
          Phase.valueOf(campos[1]),
          filas,
          memoria,
          Arrays.stream(campos[2].split(",")).mapToLong(Long::parseLong).toArray(),
          Arrays.stream(campos[3].split(",")).mapToLong(Long::parseLong).toArray(),
          Long.parseLong(campos[4]),
          Long.parseLong(campos[5]),
          campos[6],
          null);
    }

    static Medida fallida(Phase fase, int filas, String memoria, String falla) {
      return new Medida(fase, filas, memoria, new long[0], new long[0], 0, 0, "", falla);
    }

    boolean completa() {
      return falla == null;
    }

    long mediana() {
      long[] ordenados = ms.clone();
      Arrays.sort(ordenados);
      return ordenados[ordenados.length / 2];
    }

    long mejor() {
      return Arrays.stream(ms).min().orElse(0);
    }

    long mejorCpu() {
      return Arrays.stream(cpu).min().orElse(0);
    }

    /** El mejor tiempo: el ruido de una máquina compartida solo suma, nunca resta. */
    String tiempo() {
      return completa() ? "%,d ms".formatted(mejor()) : "falló";
    }

    @Override
    public String toString() {
      if (!completa()) {
        return "%-42s %,8d %6s  FALLÓ: %s".formatted(fase.descripcion(), filas, memoria, falla);
      }
      return "%-42s %,8d %6s %,7d ms %,7d ms %,7d ms %11s %10s  %s"
          .formatted(
              fase.descripcion(),
              filas,
              memoria,
              mediana(),
              mejor(),
              mejorCpu(),
              HeapMonitor.mb(picoUsado),
              HeapMonitor.mb(picoVivo),
              detalle);
    }
  }
}
