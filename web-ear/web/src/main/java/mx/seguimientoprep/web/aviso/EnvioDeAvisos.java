package mx.seguimientoprep.web.aviso;

import java.time.Duration;
import java.util.Optional;
import mx.seguimientoprep.bot.respuesta.Respuesta;

/** Puerto: por dónde sale un aviso. Lo implementa el transporte de Telegram. */
public interface EnvioDeAvisos {

  /** Si se puede enviar: el bot está encendido y conectado. */
  boolean disponible();

  /**
   * Envía un mensaje al chat, sin reintentar.
   *
   * @return el id del mensaje que dio Telegram
   * @throws Fallido si Telegram no lo aceptó
   */
  long enviar(long chat, Respuesta mensaje) throws Fallido;

  /** Un envío que Telegram no aceptó. */
  final class Fallido extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean reintentable;
    private final transient Optional<Duration> espera;

    /**
     * @param reintentable si otro intento puede salir (la red, un 429, un 5xx); no lo es un chat
     *     que bloqueó al bot o que no existe
     * @param espera lo que Telegram pide esperar antes de reintentar ({@code retry_after})
     */
    public Fallido(String motivo, boolean reintentable, Optional<Duration> espera) {
      super(motivo);
      this.reintentable = reintentable;
      this.espera = espera;
    }

    public boolean reintentable() {
      return reintentable;
    }

    public Optional<Duration> espera() {
      return espera;
    }
  }
}
