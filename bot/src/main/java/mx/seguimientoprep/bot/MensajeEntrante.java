package mx.seguimientoprep.bot;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.bot.acceso.Vinculo;

/**
 * Lo que el transporte entrega al despachador: un mensaje de texto o un botón tocado, con quién lo
 * envió y su vínculo, si lo tiene.
 *
 * @param nombreUsuario el nombre que muestra Telegram, para el vínculo de una invitación; puede ser
 *     {@code null}
 * @param texto el texto del mensaje, o {@code null} si es un botón
 * @param datosDeBoton los datos del botón tocado (callback data), o {@code null} si es texto
 * @param vinculo el vínculo del usuario de Telegram con la aplicación; vacío si es un desconocido
 * @param ahora cuándo llegó, para los plazos (30 minutos de una conversación, «hoy»)
 */
public record MensajeEntrante(
    long chat,
    long usuario,
    String nombreUsuario,
    TipoDeChat tipoDeChat,
    String texto,
    String datosDeBoton,
    Optional<Vinculo> vinculo,
    Instant ahora) {

  public MensajeEntrante {
    Objects.requireNonNull(tipoDeChat, "tipoDeChat");
    Objects.requireNonNull(vinculo, "vinculo");
    Objects.requireNonNull(ahora, "ahora");
    if ((texto == null) == (datosDeBoton == null)) {
      throw new IllegalArgumentException("Un mensaje trae texto o datos de botón, no ambos.");
    }
  }

  public static MensajeEntrante texto(
      long chat,
      long usuario,
      String nombreUsuario,
      TipoDeChat tipoDeChat,
      String texto,
      Optional<Vinculo> vinculo,
      Instant ahora) {
    return new MensajeEntrante(
        chat, usuario, nombreUsuario, tipoDeChat, texto, null, vinculo, ahora);
  }

  public static MensajeEntrante boton(
      long chat,
      long usuario,
      String nombreUsuario,
      TipoDeChat tipoDeChat,
      String datosDeBoton,
      Optional<Vinculo> vinculo,
      Instant ahora) {
    return new MensajeEntrante(
        chat, usuario, nombreUsuario, tipoDeChat, null, datosDeBoton, vinculo, ahora);
  }

  public boolean esBoton() {
    return datosDeBoton != null;
  }

  public boolean enGrupo() {
    return tipoDeChat == TipoDeChat.GRUPO;
  }

  /** Si es un comando (`/estado …`), que se atiende aun en medio de una conversación. */
  boolean esComando() {
    return texto != null && texto.strip().startsWith("/");
  }
}
