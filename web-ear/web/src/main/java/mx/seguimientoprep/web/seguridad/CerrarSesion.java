package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sign-out: a POST from the pages' header (with the session's token, checked by {@link FiltroCsrf})
 * ends the session; the next page asks to sign in again.
 */
@WebServlet("/salir")
public class CerrarSesion extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest peticion, HttpServletResponse respuesta)
      throws ServletException, IOException {
    peticion.logout();
    HttpSession sesion = peticion.getSession(false);
    if (sesion != null) {
      sesion.invalidate();
    }
    respuesta.sendRedirect(peticion.getContextPath() + "/entrar?salida");
  }
}
