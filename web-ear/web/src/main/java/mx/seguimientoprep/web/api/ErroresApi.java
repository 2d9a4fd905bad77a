package mx.seguimientoprep.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.web.error.MensajeDeEstado;

/**
 * Toda excepción que sale de la API se vuelve un mensaje JSON en español: las respuestas que los
 * recursos armaron por sí mismos pasan tal cual; lo inesperado se registra y se contesta con un
 * mensaje 500 sencillo, nunca con una traza de pila.
 */
@Provider
public class ErroresApi implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErroresApi.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web) {
      Response respuesta = web.getResponse();
      // Las respuestas propias llevan un record; las del framework, texto en inglés, que aquí se
      // reemplaza.
      if (respuesta.hasEntity() && !(respuesta.getEntity() instanceof String)) {
        // Sin tipo, la respuesta tomaría el del recurso (un .docx, un .xlsx): el error es JSON.
        return respuesta.getMediaType() == null
            ? Response.fromResponse(respuesta)
                .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .build()
            : respuesta;
      }
      return json(respuesta.getStatus(), MensajeDeEstado.de(respuesta.getStatus()));
    }
    LOG.log(Level.SEVERE, "Error no controlado en la API", error);
    return json(500, MensajeDeEstado.ERROR_INTERNO);
  }

  private static Response json(int estado, String mensaje) {
    return Response.status(estado)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(new RespuestaError(mensaje))
        .build();
  }
}
