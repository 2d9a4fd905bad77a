package mx.seguimientoprep.web.seguridad;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * Lo que hace falta antes de que el contenedor atienda una petición, y que un filtro de servlets no
 * alcanza: el formulario de inicio de sesión ({@code j_security_check}) lo consume Elytron antes de
 * los filtros, y varias respuestas no pasan por ellos (la redirección tras entrar) o pierden sus
 * cabeceras (el contenedor las borra ante una excepción antes de mostrar la página de error).
 *
 * <ul>
 *   <li>Pone las {@link CabecerasDeSeguridad cabeceras del navegador} en el momento en que sale
 *       cada respuesta, sea cual sea quien la escribió.
 *   <li>Rechaza con un 403 en español un inicio de sesión enviado desde otro sitio, con la misma
 *       regla de {@link FiltroCsrf} para los cambios: así otra página no puede iniciar en el
 *       navegador de una persona la sesión de otra cuenta.
 * </ul>
 *
 * Undertow la carga de {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class SeguridadUndertow implements ServletExtension {

  static final String INICIO_AJENO =
      "Se rechazó un inicio de sesión enviado desde otro sitio. Abra la aplicación en su dirección"
          + " e inicie sesión ahí.";

  @Override
  public void handleDeployment(DeploymentInfo despliegue, ServletContext contexto) {
    // la cadena exterior envuelve la seguridad del contenedor: corre antes que Elytron
    despliegue.addOuterHandlerChainWrapper(
        siguiente -> intercambio -> atender(intercambio, siguiente));
  }

  private static void atender(HttpServerExchange intercambio, HttpHandler siguiente)
      throws Exception {
    Map<String, String> cabeceras = CabecerasDeSeguridad.para(intercambio.getRelativePath());
    intercambio.addResponseCommitListener(
        saliente ->
            cabeceras.forEach((k, v) -> saliente.getResponseHeaders().put(new HttpString(k), v)));
    if (Methods.POST.equals(intercambio.getRequestMethod())
        && intercambio.getRelativePath().endsWith("/j_security_check")) {
      ServletRequestContext servlet = ServletRequestContext.requireCurrent();
      HttpServletRequest peticion = (HttpServletRequest) servlet.getServletRequest();
      if (FiltroCsrf.deOtroSitio(peticion)) {
        FiltroCsrf.rechazar((HttpServletResponse) servlet.getServletResponse(), INICIO_AJENO);
        return;
      }
    }
    siguiente.handleRequest(intercambio);
  }
}
