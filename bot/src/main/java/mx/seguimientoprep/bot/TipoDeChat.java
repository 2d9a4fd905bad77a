package mx.seguimientoprep.bot;

/** Dónde llega un mensaje: en un grupo el bot solo atiende comandos y menciones. */
public enum TipoDeChat {
  PRIVADO,
  GRUPO;

  /** El tipo de chat de la Bot API (`private`, `group`, `supergroup`, `channel`). */
  public static TipoDeChat deTelegram(String tipo) {
    return "private".equals(tipo) ? PRIVADO : GRUPO;
  }
}
