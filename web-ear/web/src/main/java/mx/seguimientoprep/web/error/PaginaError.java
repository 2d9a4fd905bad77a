package mx.seguimientoprep.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers the errors that the container raises itself (sign-in required, forbidden, not found,
 * uncaught exceptions) with a short Spanish JSON message; the exception goes to the log only.
 */
@WebServlet("/error")
public class PaginaError extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(PaginaError.class.getName());

  private static final Map<Integer, String> MENSAJES =
      Map.of(
          401, "Se requiere iniciar sesión (usuario y contraseña).",
          403, "Su cuenta no tiene permiso para esta operación.",
          404, "No existe esa dirección.",
          405, "Método no permitido en esta dirección.",
          500, "Ocurrió un error interno; se registró para su revisión.");

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object codigo = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int estado = codigo instanceof Integer i ? i : 500;
    Object excepcion = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (excepcion instanceof Throwable t) {
      LOG.log(
          Level.SEVERE,
          "Error no controlado en " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          t);
      estado = 500;
    }
    String mensaje = MENSAJES.getOrDefault(estado, "La solicitud no pudo atenderse.");
    resp.setStatus(estado);
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().write("{\"mensaje\":\"" + mensaje + "\"}");
  }
}
