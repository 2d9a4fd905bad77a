package mx.seguimientoprep.web.seguridad;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.util.Map;

/**
 * Lo que hace falta antes de que el contenedor atienda una petición, y que un filtro de servlets no
 * alcanza: varias respuestas no pasan por los filtros (la redirección tras entrar) o pierden sus
 * cabeceras (el contenedor las borra ante una excepción antes de mostrar la página de error). Pone
 * las {@link CabecerasDeSeguridad cabeceras del navegador} en el momento en que sale cada
 * respuesta, sea cual sea quien la escribió.
 *
 * <p>Undertow la carga de {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class SeguridadUndertow implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo despliegue, ServletContext contexto) {
    // la cadena exterior envuelve la seguridad del contenedor: corre antes que Elytron y que las
    // respuestas que este da por sí mismo
    despliegue.addOuterHandlerChainWrapper(
        siguiente -> intercambio -> atender(intercambio, siguiente));
  }

  private static void atender(HttpServerExchange intercambio, HttpHandler siguiente)
      throws Exception {
    Map<String, String> cabeceras = CabecerasDeSeguridad.para(intercambio.getRelativePath());
    intercambio.addResponseCommitListener(
        saliente ->
            cabeceras.forEach((k, v) -> saliente.getResponseHeaders().put(new HttpString(k), v)));
    siguiente.handleRequest(intercambio);
  }
}
