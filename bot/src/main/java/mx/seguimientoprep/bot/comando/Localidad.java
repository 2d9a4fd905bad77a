package mx.seguimientoprep.bot.comando;

/** Los chats en que se atiende un comando, como el {@code Locality} de TelegramBots. */
public enum Localidad {
  /** En privado y en grupos. */
  TODAS,
  /** Solo en el chat privado con el bot. */
  PRIVADO,
  /** Solo en grupos. */
  GRUPO;

  /** Si el comando se atiende en un chat de ese tipo. */
  public boolean admite(boolean enGrupo) {
    return this == TODAS || (this == GRUPO) == enGrupo;
  }
}
