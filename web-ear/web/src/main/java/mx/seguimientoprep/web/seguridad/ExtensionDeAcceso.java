package mx.seguimientoprep.web.seguridad;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.time.Clock;

/**
 * Instala {@link ControlDeAcceso} en la cadena de Undertow de la aplicación, antes de la seguridad
 * (un handler externo, que solo ve las solicitudes que llegan de fuera), y deja en el contexto las
 * {@link SesionesPorCuenta} que usan el filtro de sesiones y la API de usuarios. Undertow la
 * encuentra en {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class ExtensionDeAcceso implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo despliegue, ServletContext contexto) {
    LimiteDeIntentos limite = new LimiteDeIntentos(Clock.systemUTC());
    SesionesPorCuenta sesiones = new SesionesPorCuenta();
    sesiones.instalarEn(contexto);
    despliegue.addOuterHandlerChainWrapper(
        siguiente -> new ControlDeAcceso(siguiente, limite, sesiones));
  }
}
