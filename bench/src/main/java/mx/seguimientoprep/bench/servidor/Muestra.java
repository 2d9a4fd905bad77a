package mx.seguimientoprep.bench.servidor;

import java.util.Collection;

/**
 * Las cifras de una serie de mediciones (tiempos, sentencias SQL), ordenadas, con sus percentiles
 * por el rango más cercano: el p99 de 100 valores es el 99.º, el máximo es el p100.
 */
public final class Muestra {

  private final long[] ordenados;

  private Muestra(long[] ordenados) {
    this.ordenados = ordenados;
  }

  public static Muestra de(Collection<Long> valores) {
    return new Muestra(valores.stream().mapToLong(Long::longValue).sorted().toArray());
  }

  /** El percentil {@code p}, de 0 a 100; 0 si no hay ningún valor. */
  public long percentil(int p) {
    if (ordenados.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * ordenados.length) - 1;
    return ordenados[Math.max(0, Math.min(i, ordenados.length - 1))];
  }

  public long minimo() {
    return ordenados.length == 0 ? 0 : ordenados[0];
  }

  public long mediana() {
    return percentil(50);
  }

  public long maximo() {
    return percentil(100);
  }

  public int cuantos() {
    return ordenados.length;
  }

  public boolean vacia() {
    return ordenados.length == 0;
  }
}
