package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Rechaza un cambio (POST, PUT, PATCH, DELETE) que otro sitio pudo hacer que el navegador enviara:
 *
 * <ul>
 *   <li>cualquier cambio cuyo {@code Origin} es otro sitio, o que el navegador marca {@code
 *       Sec-Fetch-Site: cross-site} (cubre también las credenciales Basic que un navegador
 *       recuerda);
 *   <li>un cambio que firma la cookie de sesión (sin cabecera Basic) sin el {@link TokenCsrf token}
 *       de la sesión.
 * </ul>
 *
 * Pasan los scripts con credenciales Basic y sin cabeceras de navegador, y también una llamada sin
 * sesión (el webhook; a una llamada anónima la rechaza después la API misma).
 *
 * <p>El formulario de inicio de sesión no lleva token (aún no hay sesión que proteger) y Elytron lo
 * consume antes de los filtros: su origen lo revisa {@link SeguridadUndertow}, con {@link
 * #deOtroSitio}, antes de Elytron. El token de un formulario solo se busca en un cuerpo pequeño,
 * para no leer (y guardar en memoria) un cuerpo grande antes de que su destino lo revise.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class FiltroCsrf extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<String> CAMBIOS = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** El formulario más grande en que se busca el token (el de cerrar sesión trae solo el token). */
  private static final long FORMULARIO_MAXIMO = 4 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
      throws IOException, ServletException {
    if (!CAMBIOS.contains(peticion.getMethod().toUpperCase(Locale.ROOT))
        || peticion.getRequestURI().endsWith("/j_security_check")) {
      cadena.doFilter(peticion, respuesta);
      return;
    }
    if (deOtroSitio(peticion)) {
      rechazar(respuesta, "Se rechazó una solicitud enviada desde otro sitio.");
      return;
    }
    String autorizacion = peticion.getHeader("Authorization");
    boolean basic =
        autorizacion != null && autorizacion.regionMatches(true, 0, "Basic ", 0, "Basic ".length());
    HttpSession sesion = peticion.getSession(false);
    if (!basic && sesion != null && !TokenCsrf.valido(sesion, token(peticion))) {
      rechazar(
          respuesta,
          "La página caducó o no es de esta aplicación: recárguela e inténtelo de nuevo.");
      return;
    }
    cadena.doFilter(peticion, respuesta);
  }

  private static String token(HttpServletRequest peticion) {
    String encabezado = peticion.getHeader(TokenCsrf.ENCABEZADO);
    if (encabezado != null) {
      return encabezado;
    }
    String tipo = peticion.getContentType();
    long longitud = peticion.getContentLengthLong();
    if (tipo != null
        && tipo.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        && longitud >= 0
        && longitud <= FORMULARIO_MAXIMO) {
      return peticion.getParameter(TokenCsrf.CAMPO);
    }
    return null;
  }

  static boolean deOtroSitio(HttpServletRequest peticion) {
    if ("cross-site".equalsIgnoreCase(peticion.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origen = peticion.getHeader("Origin");
    if (origen == null) {
      return false;
    }
    String anfitrion = peticion.getHeader("Host");
    try {
      URI uri = URI.create(origen);
      String deOrigen = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return anfitrion == null
          || deOrigen == null
          || !deOrigen.equalsIgnoreCase(sinPuertoPorDefecto(anfitrion, uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** {@code Host: ejemplo.mx:443} y {@code Origin: https://ejemplo.mx} son el mismo sitio. */
  private static String sinPuertoPorDefecto(String anfitrion, String esquema) {
    if (("https".equalsIgnoreCase(esquema) && anfitrion.endsWith(":443"))
        || ("http".equalsIgnoreCase(esquema) && anfitrion.endsWith(":80"))) {
      return anfitrion.substring(0, anfitrion.lastIndexOf(':'));
    }
    return anfitrion;
  }

  static void rechazar(HttpServletResponse respuesta, String mensaje) throws IOException {
    respuesta.setStatus(HttpServletResponse.SC_FORBIDDEN);
    respuesta.setContentType("application/json;charset=UTF-8");
    respuesta.getWriter().write("{\"mensaje\":\"" + mensaje + "\"}");
  }
}
