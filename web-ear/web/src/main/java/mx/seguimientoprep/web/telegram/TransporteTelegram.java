package mx.seguimientoprep.web.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.acceso.EstadoUpdate;
import mx.seguimientoprep.domain.acceso.UpdateTelegram;
import mx.seguimientoprep.domain.acceso.UpdateTelegramRepository;
import mx.seguimientoprep.web.Configuracion;
import mx.seguimientoprep.web.Configuracion.ModoTelegram;
import mx.seguimientoprep.web.aviso.EnvioDeAvisos;
import mx.seguimientoprep.web.bot.Bot;
import mx.seguimientoprep.web.bot.PreguntasRecientesEnBase;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * El bot conectado a Telegram, de principio a fin de la aplicación.
 *
 * <p>Al desplegarse (después del arranque de la aplicación) pregunta a la Bot API quién es el bot
 * (getMe), registra su menú de comandos (setMyCommands, hecho de los comandos del bot) y, según
 * {@code TELEGRAM_MODO}, registra el webhook (setWebhook con su secreto) o empieza el sondeo:
 * rondas de getUpdates de espera larga, cada una una tarea del planificador administrado del
 * servidor que programa la siguiente. Los updates del webhook se atienden en el ejecutor
 * administrado, en paralelo entre chats y en orden dentro de cada chat; si se acumulan, el webhook
 * contesta a Telegram hasta haber atendido el suyo (contrapresión), para que la espera en la cola
 * no crezca sin límite bajo carga. Al replegarse, el sondeo se detiene y la llamada en curso se
 * cancela: no queda ningún hilo de la aplicación.
 *
 * <p>Cada update se registra antes de atenderse (su {@code update_id} es clave primaria): uno
 * repetido, aun tras un reinicio o en otro nodo, se ignora. Un barrido periódico retoma los
 * registrados que nadie concluyó (un nodo que se detuvo a la mitad) y borra los viejos.
 *
 * <p>Sin {@code TELEGRAM_BOT_TOKEN} el bot está apagado: una línea del registro lo dice y la
 * aplicación funciona igual (la consola del bot en la web sigue contestando).
 */
@ApplicationScoped
public class TransporteTelegram implements EnvioDeAvisos {

  private static final Logger LOG = Logger.getLogger(TransporteTelegram.class.getName());

  /** Segundos que cada getUpdates espera a que llegue algo. */
  static final int ESPERA_SONDEO = 25;

  private static final Duration PAUSA_MAXIMA = Duration.ofSeconds(30);
  private static final Duration BARRIDO = Duration.ofMinutes(1);

  /** Un update registrado hace más que esto y no concluido se da por abandonado. */
  private static final Duration ABANDONO = Duration.ofMinutes(2);

  /** Los updates concluidos se guardan este tiempo; Telegram no reenvía los de más de un día. */
  private static final Duration RETENCION = Duration.ofDays(7);

  /**
   * Con más updates que estos en espera o en curso, el webhook contesta a Telegram hasta haber
   * atendido el suyo (contrapresión): Telegram envía entonces los siguientes al ritmo en que el
   * servidor contesta, en lugar de que se acumulen aquí y cada respuesta tarde más que la anterior.
   * Uno por núcleo basta para tener ocupado el procesador (medido con bench/run-bot.sh: con dos por
   * núcleo la espera en la cola era la mitad del tiempo de cada respuesta).
   */
  static final int EN_ESPERA_SIN_CONTRAPRESION = Runtime.getRuntime().availableProcessors();

  /**
   * Las peticiones simultáneas que se piden a Telegram en setWebhook ({@code max_connections}; su
   * valor por omisión es 40): dos por núcleo. Con más, las respuestas no salen antes, solo esperan
   * más en la cola del servidor; Telegram guarda los updates que aún no entrega.
   */
  static final int CONEXIONES_WEBHOOK =
      Math.max(2, Math.min(100, 2 * Runtime.getRuntime().availableProcessors()));

  /**
   * Lo más que el webhook retiene a Telegram; pasado esto contesta y el update sigue en la cola.
   */
  private static final Duration CONTRAPRESION_MAXIMA = Duration.ofSeconds(30);

  @Resource ManagedScheduledExecutorService planificador;
  @Resource ManagedExecutorService ejecutor;
  @Resource ManagedThreadFactory fabricaDeHilos;

  @Inject Configuracion configuracion;
  @Inject Bot bot;
  @Inject AtencionTelegram atencion;
  @Inject UpdateTelegramRepository updates;
  @Inject PreguntasRecientesEnBase preguntasRecientes;

  private volatile ClienteTelegram cliente;
  private volatile boolean listo;
  private volatile boolean detenido;
  private volatile ScheduledFuture<?> siguiente;
  private volatile ScheduledFuture<?> barrido;
  private ColaPorChat colas;
  private final Queue<EnEspera> antesDeEstarListo = new ConcurrentLinkedQueue<>();

  /** Un update que llegó antes de que el bot estuviera listo, con el momento en que llegó. */
  private record EnEspera(Entrada entrada, long recibido) {}

  private int desde;
  private int fallosSeguidos;

  void alIniciar(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) Startup inicio) {
    var token = configuracion.tokenTelegram();
    if (token.isEmpty()) {
      LOG.info(
          "Bot de Telegram apagado: no hay TELEGRAM_BOT_TOKEN. La aplicación funciona sin él;"
              + " la consola del bot en /prep/api/bot/consola sigue contestando.");
      return;
    }
    ModoTelegram modo = configuracion.modoTelegram();
    colas = new ColaPorChat(ejecutor);
    cliente =
        new ClienteTelegram(
            token.get(), configuracion.urlApiTelegram(), fabricaDeHilos, ESPERA_SONDEO);
    LOG.info(
        () ->
            "Bot de Telegram: modo "
                + modo.name().toLowerCase(java.util.Locale.ROOT)
                + ", Bot API en "
                + configuracion.urlApiTelegram()
                + ".");
    programar(() -> conectar(modo), Duration.ZERO);
  }

  /** Los avisos salen cuando el bot ya se conectó con la Bot API. */
  @Override
  public boolean disponible() {
    return listo && cliente != null && !detenido;
  }

  @Override
  public long enviar(long chat, Respuesta mensaje) throws EnvioDeAvisos.Fallido {
    ClienteTelegram actual = cliente;
    if (actual == null || detenido) {
      throw new EnvioDeAvisos.Fallido(
          "El bot de Telegram está apagado o detenido.", false, Optional.empty());
    }
    return actual.enviarUnaVez(chat, mensaje);
  }

  /** Si el bot está encendido (hay token): el webhook solo recibe entonces. */
  public boolean encendido() {
    return cliente != null && !detenido;
  }

  /**
   * Un update que llegó por el webhook: se registra (una sola vez) y se atiende en el ejecutor
   * administrado. Quien lo envió recibe su respuesta sin esperar a que se atienda, salvo que ya
   * haya más de {@link #EN_ESPERA_SIN_CONTRAPRESION} en espera: entonces espera a que se atienda el
   * suyo (a lo más {@link #CONTRAPRESION_MAXIMA}), y así Telegram no envía más rápido de lo que el
   * servidor contesta.
   *
   * @param json el update como llegó, para retomarlo si el servidor se detiene a la mitad
   * @param recibido {@link System#nanoTime()} al llegar la petición, para medir la respuesta
   */
  public void recibir(Update update, String json, long recibido) {
    Entrada entrada = Entrada.de(update).orElse(null);
    if (!updates.registrar(update.getUpdateId(), entrada == null ? null : json, Instant.now())) {
      LOG.fine(() -> "Update " + update.getUpdateId() + " repetido: se ignora.");
      return;
    }
    if (entrada == null) {
      updates.concluir(update.getUpdateId(), EstadoUpdate.ATENDIDO, Instant.now());
      return;
    }
    if (!listo) {
      antesDeEstarListo.add(new EnEspera(entrada, recibido));
      if (listo) {
        despacharEnEspera();
      }
      return;
    }
    boolean saturado = colas.tareas() >= EN_ESPERA_SIN_CONTRAPRESION;
    CompletableFuture<Void> atendido = encolar(entrada, recibido);
    if (saturado) {
      esperar(atendido);
    }
  }

  private static void esperar(CompletableFuture<Void> atendido) {
    try {
      atendido.get(CONTRAPRESION_MAXIMA.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException sigueEnLaCola) {
      // Registrado y en la cola (o ya con su falla registrada): Telegram no debe reenviarlo.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void detener() {
    detenido = true;
    listo = false;
    cancelar(siguiente);
    cancelar(barrido);
    ClienteTelegram actual = cliente;
    if (actual != null) {
      actual.cerrar();
      LOG.info("Bot de Telegram detenido.");
    }
  }

  private void conectar(ModoTelegram modo) {
    try {
      User yo = cliente.quienSoy();
      bot.nombrar(yo.getUserName());
      cliente.registrarMenu(bot.menu());
      if (modo == ModoTelegram.WEBHOOK) {
        String url = configuracion.urlWebhook().orElse(null);
        String secreto = configuracion.secretoWebhook().orElse(null);
        if (url == null || secreto == null) {
          LOG.severe(
              "Bot de Telegram en modo webhook sin TELEGRAM_WEBHOOK_URL o sin"
                  + " TELEGRAM_WEBHOOK_SECRET: defina ambas y reinicie. El bot no recibe mensajes.");
          return;
        }
        cliente.registrarWebhook(url, secreto, CONEXIONES_WEBHOOK);
        LOG.info(() -> "Bot de Telegram @" + yo.getUserName() + " listo: webhook " + url + ".");
      } else {
        cliente.quitarWebhook();
        LOG.info(() -> "Bot de Telegram @" + yo.getUserName() + " listo: sondeo con getUpdates.");
      }
      fallosSeguidos = 0;
      listo = true;
      despacharEnEspera();
      barrido =
          planificador.scheduleWithFixedDelay(
              this::barrer, 0, BARRIDO.toSeconds(), TimeUnit.SECONDS);
      if (modo == ModoTelegram.POLLING) {
        programar(this::ronda, Duration.ZERO);
      }
    } catch (TelegramApiException e) {
      programar(() -> conectar(modo), pausaTrasFallo("No se pudo conectar con la Bot API", e));
    }
  }

  /** Una ronda del sondeo: un getUpdates, y se atiende en orden lo que trajo. */
  private void ronda() {
    if (detenido) {
      return;
    }
    List<Update> lote;
    long recibido;
    try {
      lote = cliente.pedirUpdates(desde, ESPERA_SONDEO);
      recibido = System.nanoTime();
    } catch (TelegramApiException e) {
      if (!detenido) {
        programar(this::ronda, pausaTrasFallo("getUpdates falló", e));
      }
      return;
    }
    if (fallosSeguidos > 0) {
      LOG.info("Bot de Telegram: la Bot API contesta de nuevo.");
      fallosSeguidos = 0;
    }
    for (Update update : lote) {
      if (detenido) {
        return;
      }
      desde = Math.max(desde, update.getUpdateId() + 1);
      Entrada entrada = Entrada.de(update).orElse(null);
      String json = entrada == null ? null : comoJson(update);
      if (updates.registrar(update.getUpdateId(), json, Instant.now())) {
        if (entrada == null) {
          updates.concluir(update.getUpdateId(), EstadoUpdate.ATENDIDO, Instant.now());
        } else {
          atencion.atender(entrada, cliente, recibido);
        }
      }
    }
    programar(this::ronda, Duration.ZERO);
  }

  /**
   * Retoma los updates que un nodo registró y no concluyó, y borra los concluidos viejos y las
   * preguntas recientes que ya no completan ninguna (más de 30 minutos).
   */
  private void barrer() {
    if (detenido) {
      return;
    }
    try {
      Instant ahora = Instant.now();
      for (UpdateTelegram rezagado : updates.rezagados(ahora.minus(ABANDONO), 100)) {
        Entrada entrada = leer(rezagado.getContenido());
        if (entrada != null && updates.reclamar(rezagado, ahora)) {
          LOG.info(() -> "Se retoma el update " + rezagado.getUpdateId() + ", no concluido.");
          encolar(entrada, System.nanoTime());
        }
      }
      updates.depurar(ahora.minus(RETENCION));
      preguntasRecientes.depurarVencidas(ahora);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Falló el barrido de updates de Telegram", e);
    }
  }

  private void despacharEnEspera() {
    EnEspera enEspera;
    while ((enEspera = antesDeEstarListo.poll()) != null) {
      encolar(enEspera.entrada(), enEspera.recibido());
    }
  }

  private CompletableFuture<Void> encolar(Entrada entrada, long recibido) {
    ClienteTelegram actual = cliente;
    return colas.encolar(
        entrada.chat(),
        () -> {
          if (!detenido) {
            atencion.atender(entrada, actual, recibido);
          }
        });
  }

  private Duration pausaTrasFallo(String que, TelegramApiException e) {
    fallosSeguidos++;
    if (fallosSeguidos == 1) {
      LOG.warning(() -> "Bot de Telegram: " + que + " (" + e.getMessage() + "); se reintentará.");
    } else {
      LOG.fine(() -> "Bot de Telegram: " + que + " otra vez (" + e.getMessage() + ").");
    }
    long segundos = Math.min(PAUSA_MAXIMA.toSeconds(), 1L << Math.min(fallosSeguidos - 1, 5));
    return Duration.ofSeconds(segundos);
  }

  private void programar(Runnable tarea, Duration pausa) {
    if (!detenido) {
      siguiente = planificador.schedule(tarea, pausa.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void cancelar(ScheduledFuture<?> tarea) {
    if (tarea != null) {
      tarea.cancel(true);
    }
  }

  private static String comoJson(Update update) {
    try {
      return Entrada.JSON.writeValueAsString(update);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Un update como lo escribe la Bot API. */
  public static Update leerUpdate(String json) throws JsonProcessingException {
    return Entrada.JSON.readValue(json, Update.class);
  }

  private static Entrada leer(String json) {
    if (json == null) {
      return null;
    }
    try {
      return Entrada.de(Entrada.JSON.readValue(json, Update.class)).orElse(null);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
