package mx.seguimientoprep.web.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import mx.seguimientoprep.bot.MensajeEntrante;
import mx.seguimientoprep.bot.TipoDeChat;
import mx.seguimientoprep.bot.acceso.Vinculo;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Lo que el bot atiende de un update de Telegram: un mensaje de texto o un botón tocado, con su
 * chat y su autor. Los demás updates (fotos, ediciones, canales…) no traen nada que contestar.
 *
 * @param idBoton el id del callback query, para contestarlo; {@code null} si es texto
 */
record Entrada(
    long updateId,
    long chat,
    long usuario,
    String nombreUsuario,
    TipoDeChat tipoDeChat,
    String texto,
    String datosDeBoton,
    String idBoton) {

  /** Lee y escribe updates como la Bot API (los tipos de TelegramBots llevan su mapeo Jackson). */
  static final ObjectMapper JSON = new ObjectMapper();

  static Optional<Entrada> de(Update update) {
    long id = update.getUpdateId();
    if (update.hasMessage()
        && update.getMessage().hasText()
        && update.getMessage().getFrom() != null) {
      Message mensaje = update.getMessage();
      return Optional.of(
          new Entrada(
              id,
              mensaje.getChatId(),
              mensaje.getFrom().getId(),
              nombre(mensaje.getFrom()),
              TipoDeChat.deTelegram(mensaje.getChat().getType()),
              mensaje.getText(),
              null,
              null));
    }
    if (update.hasCallbackQuery()
        && update.getCallbackQuery().getData() != null
        && update.getCallbackQuery().getMessage() != null) {
      CallbackQuery boton = update.getCallbackQuery();
      return Optional.of(
          new Entrada(
              id,
              boton.getMessage().getChatId(),
              boton.getFrom().getId(),
              nombre(boton.getFrom()),
              TipoDeChat.deTelegram(boton.getMessage().getChat().getType()),
              null,
              boton.getData(),
              boton.getId()));
    }
    return Optional.empty();
  }

  MensajeEntrante mensaje(Optional<Vinculo> vinculo, Instant ahora) {
    return texto != null
        ? MensajeEntrante.texto(chat, usuario, nombreUsuario, tipoDeChat, texto, vinculo, ahora)
        : MensajeEntrante.boton(
            chat, usuario, nombreUsuario, tipoDeChat, datosDeBoton, vinculo, ahora);
  }

  boolean esBoton() {
    return idBoton != null;
  }

  private static String nombre(User usuario) {
    String nombre =
        (usuario.getFirstName() == null ? "" : usuario.getFirstName())
            + (usuario.getLastName() == null ? "" : " " + usuario.getLastName());
    if (nombre.isBlank() && usuario.getUserName() != null) {
      return "@" + usuario.getUserName();
    }
    return nombre.isBlank() ? null : nombre.strip();
  }
}
