package mx.seguimientoprep.web.aviso;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.web.Configuracion;

/**
 * El reloj de los avisos: una tarea del planificador administrado del servidor (ningún hilo propio)
 * que cada {@value #CADA_SEGUNDOS} segundos busca oficios del INE con observaciones recién
 * registrados y, desde la hora configurada, los avisos del día. Corre en cada servidor; con dos
 * sobre la misma base, cada aviso lo reclama uno solo (la llave única de la tabla {@code aviso}),
 * así que sale una vez. Usa el reloj real: {@code PREP_FECHA_REFERENCIA} no lo mueve (para otra
 * fecha, {@code POST /api/avisos/ejecutar?fecha=}).
 */
@ApplicationScoped
public class RelojDeAvisos {

  private static final Logger LOG = Logger.getLogger(RelojDeAvisos.class.getName());

  /** Cada cuánto corre: un oficio del INE con observaciones se avisa en menos de un minuto. */
  static final long CADA_SEGUNDOS = 20;

  private static final Duration PRIMERA = Duration.ofSeconds(10);

  @Resource ManagedScheduledExecutorService planificador;

  @Inject Configuracion configuracion;
  @Inject PasadaDeAvisos pasada;

  private volatile ScheduledFuture<?> tarea;

  void alIniciar(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) Startup inicio) {
    if (!configuracion.avisos()) {
      LOG.info(
          "Avisos apagados (PREP_AVISOS=false o el bot sin TELEGRAM_BOT_TOKEN):"
              + " no corre el reloj de los avisos.");
      return;
    }
    var reglas = configuracion.reglasDeAvisos();
    LOG.info(
        () ->
            "Avisos: resumen los lunes y avisos de vencimiento "
                + reglas.dias()
                + " días antes, desde las "
                + reglas.hora()
                + " ("
                + reglas.zona()
                + "); observaciones del INE cada "
                + CADA_SEGUNDOS
                + " s.");
    tarea =
        planificador.scheduleWithFixedDelay(
            this::pasar, PRIMERA.toSeconds(), CADA_SEGUNDOS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void detener() {
    ScheduledFuture<?> actual = tarea;
    if (actual != null) {
      actual.cancel(false);
    }
  }

  private void pasar() {
    if (!pasada.disponible()) {
      return;
    }
    try {
      Instant ahora = Instant.now();
      PasadaDeAvisos.Resultado resultado = pasada.observaciones(ahora).mas(pasada.delDia(ahora));
      if (!resultado.enviados().isEmpty()) {
        LOG.info(
            () ->
                "Avisos: "
                    + resultado.enviados().size()
                    + " reclamados por este servidor, "
                    + resultado.omitidos()
                    + " ya reclamados.");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Falló una pasada de avisos; se reintentará en la siguiente", e);
    }
  }
}
