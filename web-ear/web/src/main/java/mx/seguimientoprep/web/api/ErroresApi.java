package mx.seguimientoprep.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception the API lets out becomes a Spanish JSON message: the answers the resources built
 * themselves pass through; anything unexpected is logged and answered with a plain 500 message,
 * never a stack trace.
 */
@Provider
public class ErroresApi implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErroresApi.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web) {
      Response respuesta = web.getResponse();
      // Our own answers carry a record; the framework's carry English text, replaced here.
      if (respuesta.hasEntity() && !(respuesta.getEntity() instanceof String)) {
        return respuesta;
      }
      return json(respuesta.getStatus(), mensajePara(respuesta.getStatus()));
    }
    LOG.log(Level.SEVERE, "Error no controlado en la API", error);
    return json(500, "Ocurrió un error interno; se registró para su revisión.");
  }

  private static String mensajePara(int estado) {
    return switch (estado) {
      case 400 -> "La solicitud no es válida.";
      case 401 -> "Se requiere iniciar sesión (usuario y contraseña).";
      case 403 -> "Su cuenta no tiene permiso para esta operación.";
      case 404 -> "No existe esa dirección.";
      case 405 -> "Método no permitido en esta dirección.";
      case 406 -> "Este recurso solo responde JSON.";
      case 415 -> "Tipo de contenido no admitido.";
      default -> "La solicitud no pudo atenderse.";
    };
  }

  private static Response json(int estado, String mensaje) {
    return Response.status(estado)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(new RespuestaError(mensaje))
        .build();
  }
}
