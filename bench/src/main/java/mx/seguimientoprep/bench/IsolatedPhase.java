package mx.seguimientoprep.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * El programa de la JVM nueva en que corre una sola fase, para que su memoria no arrastre la de
 * otra: una o más vueltas de calentamiento y luego las vueltas medidas, cada una tras una
 * recolección. De cada vuelta se mide el tiempo de pared y el de CPU de todo el proceso (con el
 * recolector y el compilador), que no cuenta lo que la fase esperó a que otro programa soltara un
 * núcleo. Imprime una línea {@code RESULTADO} que lee {@link BenchmarkRunner}.
 *
 * <p>Argumentos: fase, archivo, filas, vueltas de calentamiento, vueltas medidas.
 */
public final class IsolatedPhase {

  static final String RESULTADO = "RESULTADO";

  private IsolatedPhase() {}

  public static void main(String[] args) throws Exception {
    Phase fase = Phase.valueOf(args[0]);
    Path archivo = Path.of(args[1]);
    int filas = Integer.parseInt(args[2]);
    int calentamiento = Integer.parseInt(args[3]);
    int medidas = Integer.parseInt(args[4]);
    ReferenceData referencia = ReferenceData.cargar();
    long[] tiempos = new long[medidas];
    long[] cpu = new long[medidas];
    var sistema =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String detalle = "";
    long retenido = 0;
    try (HeapMonitor monitor = new HeapMonitor()) {
      for (int vuelta = 0; vuelta < calentamiento + medidas; vuelta++) {
        System.gc();
        long inicio = System.nanoTime();
        long cpuInicial = sistema.getProcessCpuTime();
        Phase.Outcome resultado = fase.run(archivo, filas, referencia);
        long nanos = System.nanoTime() - inicio;
        long nanosDeCpu = sistema.getProcessCpuTime() - cpuInicial;
        // Lo que el resultado conserva sigue vivo en esta recolección: así se mide aunque la fase
        // haya terminado sin que el recolector pasara por ahí.
        System.gc();
        retenido =
            Math.max(retenido, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        Reference.reachabilityFence(resultado);
        detalle = resultado.detalle();
        if (vuelta >= calentamiento) {
          tiempos[vuelta - calentamiento] = nanos / 1_000_000;
          cpu[vuelta - calentamiento] = nanosDeCpu / 1_000_000;
        }
      }
      System.out.println(
          String.join(
              "\t",
              RESULTADO,
              fase.name(),
              Arrays.stream(tiempos).mapToObj(Long::toString).collect(Collectors.joining(",")),
              Arrays.stream(cpu).mapToObj(Long::toString).collect(Collectors.joining(",")),
              Long.toString(monitor.picoUsado()),
              Long.toString(Math.max(monitor.picoVivo(), retenido)),
              detalle));
    }
  }
}
