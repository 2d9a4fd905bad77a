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
 * Contesta los errores que el propio contenedor levanta (falta iniciar sesión, sin permiso, no
 * encontrado, excepciones no atrapadas) con un mensaje breve en español: JSON para la API, una
 * página para una persona; la excepción va solo al registro.
 */
@WebServlet("/error")
public class PaginaError extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(PaginaError.class.getName());

  /** Lo que lee una persona en una página, donde el mensaje de la API hablaría de operaciones. */
  private static final Map<Integer, String> PAGINAS =
      Map.of(
          403,
          "Su cuenta no tiene permiso para ver esta página. Si la necesita, pídala a un"
              + " administrador.",
          404,
          "No existe esa página. Revise la dirección o vuelva al tablero.");

  private static final Map<Integer, String> TITULOS =
      Map.of(
          401, "Inicie sesión",
          403, "Sin permiso",
          404, "Página no encontrada",
          405, "Operación no permitida",
          500, "Error interno");

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
    String mensaje = MensajeDeEstado.de(estado);
    resp.setStatus(estado);
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String ruta = uri == null ? "" : uri.toString();
    if (ruta.startsWith(req.getContextPath() + "/api/")) {
      resp.setContentType("application/json;charset=UTF-8");
      resp.getWriter().write("{\"mensaje\":\"" + mensaje + "\"}");
      return;
    }
    resp.setContentType("text/html;charset=UTF-8");
    resp.getWriter()
        .write(pagina(req.getContextPath(), estado, PAGINAS.getOrDefault(estado, mensaje)));
  }

  private static String pagina(String raiz, int estado, String mensaje) {
    String titulo = TITULOS.getOrDefault(estado, "No se pudo atender la solicitud");
    return "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + titulo
        + " · Seguimiento PREP</title><link rel=\"stylesheet\" href=\""
        + raiz
        + "/estatico/prep.css\"></head><body><main id=\"principal\" class=\"error-pagina\">"
        + "<p class=\"marca\">Seguimiento PREP</p><h1>"
        + titulo
        + " <span class=\"codigo\">("
        + estado
        + ")</span></h1><p>"
        + mensaje
        + "</p><p><a class=\"boton\" href=\""
        + raiz
        + "/\">Ir al tablero</a></p></main></body></html>";
  }
}
