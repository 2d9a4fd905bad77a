package mx.seguimientoprep.web.pagina;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * El formulario de inicio de sesión de la autenticación FORM del contenedor ({@code /entrar}), y el
 * mismo formulario con un mensaje tras una contraseña equivocada ({@code /entrar-fallido}) o tras
 * cerrar la sesión. El control de acceso lo usa también para el aviso de espera tras demasiados
 * intentos fallidos ({@link #formulario}).
 */
@WebServlet(
    name = "inicio-sesion",
    urlPatterns = {"/entrar", "/entrar-fallido"})
public class InicioSesion extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest peticion, HttpServletResponse respuesta)
      throws IOException {
    Object original = peticion.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (original != null && original.toString().startsWith(peticion.getContextPath() + "/api/")) {
      respuesta.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      respuesta.setContentType("application/json;charset=UTF-8");
      respuesta.getWriter().write("{\"mensaje\":\"El usuario o la contraseña no son correctos.\"}");
      return;
    }
    String aviso = "";
    String clase = "oculto";
    if (peticion.getServletPath().equals("/entrar-fallido")) {
      aviso = "El usuario o la contraseña no son correctos. Inténtelo de nuevo.";
      clase = "aviso error";
    } else if (peticion.getParameter("salida") != null) {
      aviso = "Cerró su sesión.";
      clase = "aviso";
    }
    String html = formulario(getServletContext(), peticion.getContextPath(), aviso, clase);
    respuesta.setContentType("text/html;charset=UTF-8");
    respuesta.setHeader("Cache-Control", "no-store");
    if (peticion.getServletPath().equals("/entrar-fallido")) {
      respuesta.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    respuesta.getWriter().write(html);
  }

  /** La página del formulario de entrada con un aviso ({@code claseAviso} «oculto» si no hay). */
  public static String formulario(
      ServletContext contexto, String raiz, String aviso, String claseAviso) {
    return Plantilla.llenar(
        contexto, "entrar.html", Map.of("raiz", raiz, "aviso", aviso, "claseAviso", claseAviso));
  }
}
