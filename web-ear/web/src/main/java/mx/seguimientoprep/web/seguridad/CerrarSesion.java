package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Cerrar sesión: un POST desde el encabezado de las páginas (con el token de la sesión, que revisa
 * {@link FiltroCsrf}) termina la sesión; la siguiente página pide iniciar sesión de nuevo.
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
