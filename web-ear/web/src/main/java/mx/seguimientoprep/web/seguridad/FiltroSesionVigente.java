package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;
import mx.seguimientoprep.web.error.MensajeDeEstado;

/**
 * Cierra, en su siguiente solicitud, una sesión cuya cuenta ya no debe tenerla: la desactivó un
 * administrador, cambió su contraseña desde otra sesión o un administrador terminó sus sesiones
 * ({@link SesionesPorCuenta}). La API contesta 401 en JSON (como {@code FiltroSesionApi}); una
 * página vuelve a pedirse, y el contenedor muestra el formulario de entrada.
 *
 * <p>Una solicitud con credenciales Basic no se mira: su contraseña se acaba de comprobar contra la
 * base de datos (una cuenta desactivada o una contraseña vieja ya recibieron 401).
 */
@WebFilter(filterName = "sesion-vigente", urlPatterns = "/*")
public class FiltroSesionVigente extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(FiltroSesionVigente.class.getName());

  static final String SESION_TERMINADA = "Su sesión terminó. " + MensajeDeEstado.INICIAR_SESION;

  private SesionesPorCuenta sesiones;

  @Override
  public void init() throws ServletException {
    // Sin el control de acceso, la aplicación no debe parecer desplegada: falla aquí.
    sesiones = SesionesPorCuenta.de(getServletContext());
  }

  @Override
  protected void doFilter(
      HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
      throws IOException, ServletException {
    HttpSession sesion = peticion.getSession(false);
    Principal quien = peticion.getUserPrincipal();
    if (sesion == null
        || quien == null
        || conBasic(peticion)
        || sesiones.vigente(sesion, quien.getName())) {
      cadena.doFilter(peticion, respuesta);
      return;
    }
    LOG.info(
        () ->
            "Se cerró una sesión de «"
                + quien.getName()
                + "» desde "
                + peticion.getRemoteAddr()
                + ": sus sesiones se terminaron (cuenta desactivada, contraseña cambiada o a"
                + " pedido de un administrador).");
    peticion.logout();
    try {
      sesion.invalidate();
    } catch (IllegalStateException yaCerrada) {
      // Otra solicitud de la misma sesión la cerró primero.
    }
    String ruta = peticion.getRequestURI().substring(peticion.getContextPath().length());
    boolean desdePagina = "XMLHttpRequest".equals(peticion.getHeader("X-Requested-With"));
    if (ruta.startsWith("/api/") || desdePagina) {
      respuesta.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      if (!desdePagina) {
        respuesta.setHeader("WWW-Authenticate", "Basic realm=\"Seguimiento PREP\"");
      }
      respuesta.setContentType("application/json;charset=UTF-8");
      respuesta.getWriter().write("{\"mensaje\":\"" + SESION_TERMINADA + "\"}");
      return;
    }
    if ("GET".equals(peticion.getMethod())) {
      String consulta = peticion.getQueryString();
      respuesta.sendRedirect(peticion.getRequestURI() + (consulta == null ? "" : "?" + consulta));
    } else {
      respuesta.sendRedirect(peticion.getContextPath() + "/entrar");
    }
  }

  private static boolean conBasic(HttpServletRequest peticion) {
    String autorizacion = peticion.getHeader("Authorization");
    return autorizacion != null
        && autorizacion.regionMatches(true, 0, "Basic ", 0, "Basic ".length());
  }
}
