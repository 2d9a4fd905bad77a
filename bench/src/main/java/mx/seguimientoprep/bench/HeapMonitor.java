package mx.seguimientoprep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Mide la memoria de esta JVM mientras corre una fase: el pico de heap usado (muestreado cada pocos
 * milisegundos, e incluye basura aún no recogida) y el pico de heap vivo (lo que queda ocupado
 * después de cada recolección), que es lo que crece si algo conserva las filas.
 */
final class HeapMonitor implements AutoCloseable {

  private static final long INTERVALO_MS = 5;

  private final MemoryMXBean memoria = ManagementFactory.getMemoryMXBean();
  private final AtomicLong picoUsado = new AtomicLong();
  private final AtomicLong picoVivo = new AtomicLong();
  private final List<NotificationEmitter> emisores = new ArrayList<>();
  private final NotificationListener alRecolectar = this::alRecolectar;
  private final Thread muestreo;
  private volatile boolean activo = true;

  HeapMonitor() {
    for (GarbageCollectorMXBean recolector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (recolector instanceof NotificationEmitter emisor) {
        emisor.addNotificationListener(alRecolectar, null, null);
        emisores.add(emisor);
      }
    }
    muestreo = new Thread(this::muestrear, "muestreo-de-heap");
    muestreo.setDaemon(true);
    muestreo.start();
  }

  long picoUsado() {
    return Math.max(picoUsado.get(), memoria.getHeapMemoryUsage().getUsed());
  }

  long picoVivo() {
    return picoVivo.get();
  }

  private void muestrear() {
    while (activo) {
      picoUsado.accumulateAndGet(memoria.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(INTERVALO_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void alRecolectar(Notification aviso, Object contexto) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        aviso.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) aviso.getUserData());
    long antes = 0;
    long despues = 0;
    for (var pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
      if (esDelHeap(pool.getKey())) {
        antes += pool.getValue().getUsed();
      }
    }
    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (esDelHeap(pool.getKey())) {
        despues += pool.getValue().getUsed();
      }
    }
    picoUsado.accumulateAndGet(antes, Math::max);
    picoVivo.accumulateAndGet(despues, Math::max);
  }

  /** Los espacios del heap de los recolectores de HotSpot (G1, Parallel, Serial, ZGC). */
  private static boolean esDelHeap(String pool) {
    return !(pool.contains("Metaspace")
        || pool.contains("Code")
        || pool.contains("CodeHeap")
        || pool.contains("Class Space"));
  }

  @Override
  public void close() {
    activo = false;
    muestreo.interrupt();
    for (NotificationEmitter emisor : emisores) {
      try {
        emisor.removeNotificationListener(alRecolectar);
      } catch (ListenerNotFoundException e) {
        // ya no estaba registrado
      }
    }
  }

  static String mb(long bytes) {
    return "%.0f MB".formatted(bytes / (1024.0 * 1024.0));
  }
}
