package mx.seguimientoprep.web.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.acceso.EstadoUpdate;
import mx.seguimientoprep.domain.acceso.UpdateTelegramRepository;
import mx.seguimientoprep.persistence.sql.ContadorSentencias;
import mx.seguimientoprep.web.bot.Bot;

/**
 * Atiende un update ya registrado (una sola vez): pregunta al bot con el vínculo vigente de quien
 * escribe, envía cada respuesta al chat y deja el update concluido. Si algo falla, la persona
 * recibe un aviso y el update queda como fallido con su contenido, para revisarlo.
 */
@ApplicationScoped
public class AtencionTelegram {

  private static final Logger LOG = Logger.getLogger(AtencionTelegram.class.getName());

  static final String AVISO_DE_ERROR =
      "No pude atender tu mensaje por un error interno. Intenta de nuevo en unos minutos.";

  @Inject Bot bot;
  @Inject UpdateTelegramRepository updates;

  /**
   * @param recibido {@link System#nanoTime()} al llegar el update al servidor (la petición del
   *     webhook, o la respuesta de getUpdates que lo trajo)
   */
  void atender(Entrada entrada, ClienteTelegram cliente, long recibido) {
    long inicio = System.nanoTime();
    ContadorSentencias.reiniciar();
    if (entrada.esBoton()) {
      cliente.contestarBoton(entrada.idBoton(), entrada.chat());
    }
    EstadoUpdate estado = EstadoUpdate.ATENDIDO;
    try {
      Instant ahora = Instant.now();
      List<Respuesta> respuestas =
          bot.atender(entrada.mensaje(bot.vinculoDe(entrada.usuario()), ahora));
      for (Respuesta respuesta : respuestas) {
        if (!cliente.enviar(entrada.chat(), respuesta)) {
          estado = EstadoUpdate.FALLIDO;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Error al atender el update " + entrada.updateId() + " del chat " + entrada.chat(),
          e);
      cliente.enviar(entrada.chat(), Respuesta.de(AVISO_DE_ERROR));
      estado = EstadoUpdate.FALLIDO;
    }
    long sentencias = ContadorSentencias.sentencias();
    updates.concluir(entrada.updateId(), estado, Instant.now());
    long fin = System.nanoTime();
    long microsegundos = (fin - inicio) / 1000;
    long desdeLaLlegada = (fin - recibido) / 1000;
    EstadoUpdate concluido = estado;
    LOG.fine(
        () ->
            "Update "
                + entrada.updateId()
                + " del chat "
                + entrada.chat()
                + " "
                + concluido
                + " en "
                + microsegundos
                + " µs ("
                + desdeLaLlegada
                + " µs desde su llegada) con "
                + sentencias
                + " sentencias SQL");
  }
}
