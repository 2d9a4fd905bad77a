package mx.seguimientoprep.web.telegram;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.bot.comando.Menu;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.web.aviso.EnvioDeAvisos;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Las llamadas a la Bot API con el cliente de TelegramBots ({@link OkHttpTelegramClient}). El
 * cliente ejecuta cada llamada en el despachador de OkHttp; aquí ese despachador corre sobre hilos
 * de la fábrica administrada del servidor, y {@link #cerrar()} cancela lo que esté en curso, de
 * modo que la aplicación no deja hilos propios al replegarse.
 */
final class ClienteTelegram {

  private static final Logger LOG = Logger.getLogger(ClienteTelegram.class.getName());

  /** Llamadas simultáneas a la Bot API, como mucho. */
  private static final int SIMULTANEAS = 32;

  /** Reintentos de un mensaje tras un 429 («demasiadas solicitudes»). */
  static final int REINTENTOS = 3;

  /** Lo más que se espera un {@code retry_after} antes de dar el mensaje por fallido. */
  private static final int ESPERA_MAXIMA_SEGUNDOS = 60;

  private static final List<String> UPDATES_ATENDIDOS = List.of("message", "callback_query");

  private final OkHttpClient http;
  private final ThreadPoolExecutor hilos;
  private final TelegramClient cliente;

  /**
   * @param esperaSondeo los segundos que getUpdates espera a que llegue algo (long polling); la
   *     lectura de la respuesta espera un poco más
   */
  ClienteTelegram(String token, URI api, ThreadFactory fabrica, int esperaSondeo) {
    hilos =
        new ThreadPoolExecutor(
            0, SIMULTANEAS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), fabrica);
    Dispatcher despachador = new Dispatcher(hilos);
    despachador.setMaxRequests(SIMULTANEAS);
    despachador.setMaxRequestsPerHost(SIMULTANEAS);
    http =
        new OkHttpClient.Builder()
            .dispatcher(despachador)
            .connectTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(20))
            .readTimeout(Duration.ofSeconds(esperaSondeo + 20L))
            .build();
    String esquema = api.getScheme().toLowerCase(java.util.Locale.ROOT);
    int puerto = api.getPort() > 0 ? api.getPort() : esquema.equals("https") ? 443 : 80;
    cliente =
        new OkHttpTelegramClient(
            http, token, new TelegramUrl(esquema, api.getHost(), puerto, false));
  }

  User quienSoy() throws TelegramApiException {
    return cliente.execute(new GetMe());
  }

  List<Update> pedirUpdates(int desde, int espera) throws TelegramApiException {
    return cliente.execute(
        GetUpdates.builder()
            .offset(desde)
            .timeout(espera)
            .limit(100)
            .allowedUpdates(UPDATES_ATENDIDOS)
            .build());
  }

  /**
   * @param conexiones las peticiones simultáneas que Telegram puede hacer al webhook ({@code
   *     max_connections}, de 1 a 100)
   */
  void registrarWebhook(String url, String secreto, int conexiones) throws TelegramApiException {
    cliente.execute(
        SetWebhook.builder()
            .url(url)
            .secretToken(secreto)
            .maxConnections(conexiones)
            .allowedUpdates(UPDATES_ATENDIDOS)
            .build());
  }

  /**
   * Registra el menú de comandos: uno para los chats privados y otro para los grupos. Un menú que
   * no se pudo registrar queda en el registro y el bot sigue: el menú solo ayuda a escribir.
   */
  void registrarMenu(Menu menu) {
    registrarMenu(menu.privados(), new BotCommandScopeAllPrivateChats(), "los chats privados");
    registrarMenu(menu.grupos(), new BotCommandScopeAllGroupChats(), "los grupos");
  }

  private void registrarMenu(List<Menu.Entrada> entradas, BotCommandScope donde, String en) {
    try {
      cliente.execute(
          SetMyCommands.builder()
              .commands(
                  entradas.stream().map(e -> new BotCommand(e.comando(), e.descripcion())).toList())
              .scope(donde)
              .build());
    } catch (TelegramApiException e) {
      LOG.warning(
          () -> "No se pudo registrar el menú de comandos de " + en + ": " + e.getMessage());
    }
  }

  void quitarWebhook() throws TelegramApiException {
    cliente.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
  }

  /**
   * Envía un mensaje; tras un 429 espera lo que pide {@code retry_after} y reintenta, hasta {@value
   * #REINTENTOS} veces. Un envío fallido queda en el registro con el chat.
   *
   * @return si Telegram lo aceptó
   */
  boolean enviar(long chat, Respuesta respuesta) {
    Envio envio;
    if (respuesta.documento() != null) {
      // Un InputFile de un flujo se lee una sola vez: cada intento arma el suyo.
      envio =
          () ->
              cliente.execute(
                  SendDocument.builder()
                      .chatId(chat)
                      .document(
                          new InputFile(
                              new ByteArrayInputStream(respuesta.documento().contenido()),
                              respuesta.documento().nombre()))
                      .caption(respuesta.texto())
                      .build());
    } else {
      SendMessage texto = mensaje(chat, respuesta);
      envio = () -> cliente.execute(texto);
    }
    for (int intento = 0; ; intento++) {
      try {
        envio.enviar();
        return true;
      } catch (TelegramApiRequestException e) {
        Integer espera = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (e.getErrorCode() != null
            && e.getErrorCode() == 429
            && intento < REINTENTOS
            && esperar(espera)) {
          continue;
        }
        LOG.warning(
            () ->
                "No se pudo enviar un mensaje al chat "
                    + chat
                    + " (Bot API "
                    + e.getErrorCode()
                    + ": "
                    + e.getApiResponse()
                    + ").");
        return false;
      } catch (TelegramApiException e) {
        LOG.log(Level.WARNING, "No se pudo enviar un mensaje al chat " + chat + ".", e);
        return false;
      }
    }
  }

  /**
   * Envía un aviso una sola vez, sin reintentar: quien lo envía decide si reintenta.
   *
   * @return el id del mensaje en Telegram
   */
  long enviarUnaVez(long chat, Respuesta respuesta) throws EnvioDeAvisos.Fallido {
    try {
      return cliente.execute(mensaje(chat, respuesta)).getMessageId();
    } catch (TelegramApiRequestException e) {
      Integer codigo = e.getErrorCode();
      Integer espera = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      boolean reintentable = codigo == null || codigo == 429 || codigo >= 500;
      throw new EnvioDeAvisos.Fallido(
          "Bot API " + codigo + ": " + e.getApiResponse(),
          reintentable,
          Optional.ofNullable(espera).map(Duration::ofSeconds));
    } catch (TelegramApiException e) {
      throw new EnvioDeAvisos.Fallido(
          "No se pudo llamar a la Bot API: " + e.getMessage(), true, Optional.empty());
    }
  }

  private static SendMessage mensaje(long chat, Respuesta respuesta) {
    SendMessage.SendMessageBuilder<?, ?> mensaje =
        SendMessage.builder().chatId(chat).text(respuesta.texto());
    if (!respuesta.botones().isEmpty()) {
      mensaje.replyMarkup(
          InlineKeyboardMarkup.builder()
              .keyboard(respuesta.botones().stream().map(ClienteTelegram::fila).toList())
              .build());
    }
    return mensaje.build();
  }

  /** Una llamada de envío a la Bot API (sendMessage o sendDocument). */
  @FunctionalInterface
  private interface Envio {
    void enviar() throws TelegramApiException;
  }

  /** Quita el reloj del botón tocado en la pantalla de la persona. */
  void contestarBoton(String idBoton, long chat) {
    try {
      cliente.execute(AnswerCallbackQuery.builder().callbackQueryId(idBoton).build());
    } catch (TelegramApiException e) {
      LOG.warning(() -> "No se pudo contestar un botón del chat " + chat + ": " + e.getMessage());
    }
  }

  /** Cancela las llamadas en curso (el sondeo que espera) y libera conexiones e hilos. */
  void cerrar() {
    http.dispatcher().cancelAll();
    http.connectionPool().evictAll();
    hilos.shutdownNow();
  }

  private static boolean esperar(Integer segundos) {
    int espera = segundos == null ? 1 : Math.max(1, segundos);
    if (espera > ESPERA_MAXIMA_SEGUNDOS) {
      return false;
    }
    try {
      Thread.sleep(espera * 1000L);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static InlineKeyboardRow fila(List<Boton> botones) {
    return new InlineKeyboardRow(
        botones.stream()
            .map(
                b ->
                    InlineKeyboardButton.builder()
                        .text(b.etiqueta())
                        .callbackData(b.datos())
                        .build())
            .toList());
  }
}
