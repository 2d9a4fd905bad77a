package mx.seguimientoprep.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import mx.seguimientoprep.web.Configuracion;
import mx.seguimientoprep.web.telegram.TransporteTelegram;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Donde Telegram envía cada update en modo webhook. Está fuera del inicio de sesión del contenedor
 * (web.xml); en su lugar, cada llamada debe traer en {@code X-Telegram-Bot-Api-Secret-Token} el
 * secreto configurado en {@code TELEGRAM_WEBHOOK_SECRET} (comparado en tiempo constante). El update
 * se guarda y se contesta 200 de inmediato; el bot contesta a la persona después.
 *
 * <p>Acepta updates siempre que el bot esté encendido y haya un secreto configurado, en cualquier
 * modo: Telegram solo envía aquí después de setWebhook (modo webhook), y un servidor local de la
 * Bot API o una prueba pueden enviar también en modo de sondeo; el mismo update_id se atiende una
 * vez, llegue por donde llegue.
 *
 * <p>Está abierto a cualquiera, así que nada del cuerpo se lee antes de revisar que el bot esté
 * encendido, el secreto y el tamaño declarado; y nunca se lee más de {@link #LIMITE_BYTES} (un
 * update de Telegram pesa unos pocos KB), aunque el cuerpo no declare su tamaño.
 */
@Path("/telegram/webhook")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@PermitAll
public class TelegramWebhookResource {

  static final String CABECERA = "X-Telegram-Bot-Api-Secret-Token";

  /** El cuerpo más grande que se acepta: 1 MB. */
  static final int LIMITE_BYTES = 1024 * 1024;

  static final String DEMASIADO_GRANDE =
      "El cuerpo pasa de 1 MB: no es un update de Telegram, que pesa unos pocos KB.";

  @Inject Configuracion configuracion;
  @Inject TransporteTelegram transporte;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response recibir(
      @HeaderParam(CABECERA) String secreto, @Context HttpHeaders cabeceras, InputStream entrada)
      throws IOException {
    long recibido = System.nanoTime();
    Optional<String> esperado = configuracion.secretoWebhook();
    if (esperado.isEmpty() || !transporte.encendido()) {
      return error(
          Response.Status.NOT_FOUND,
          "El webhook de Telegram no está activo: faltan TELEGRAM_BOT_TOKEN o"
              + " TELEGRAM_WEBHOOK_SECRET.");
    }
    if (secreto == null || secreto.isEmpty()) {
      return error(
          Response.Status.UNAUTHORIZED, "Falta la cabecera " + CABECERA + " con el secreto.");
    }
    if (!MessageDigest.isEqual(
        secreto.getBytes(StandardCharsets.UTF_8),
        esperado.get().getBytes(StandardCharsets.UTF_8))) {
      return error(Response.Status.FORBIDDEN, "El secreto del webhook no es el configurado.");
    }
    if (cabeceras.getLength() > LIMITE_BYTES) {
      return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, DEMASIADO_GRANDE);
    }
    byte[] bytes = entrada.readNBytes(LIMITE_BYTES + 1);
    if (bytes.length > LIMITE_BYTES) {
      return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, DEMASIADO_GRANDE);
    }
    String cuerpo = new String(bytes, StandardCharsets.UTF_8);
    Update update;
    try {
      update = cuerpo.isEmpty() ? null : TransporteTelegram.leerUpdate(cuerpo);
    } catch (JsonProcessingException e) {
      update = null;
    }
    if (update == null || update.getUpdateId() == null) {
      return error(Response.Status.BAD_REQUEST, "El cuerpo no es un update de Telegram.");
    }
    transporte.recibir(update, cuerpo, recibido);
    return Response.ok("{}").build();
  }

  private static Response error(Response.Status estado, String mensaje) {
    return Response.status(estado).entity(new RespuestaError(mensaje)).build();
  }
}
