package mx.seguimientoprep.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Lo que comparten las pruebas del bot en el contenedor: la Bot API falsa arrancada antes de
 * desplegar (el servidor la llama al conectarse), el EAR de pruebas, y la API de la aplicación como
 * la usa un script.
 */
abstract class PruebaConElBot {

  @Deployment
  static EnterpriseArchive despliegue() {
    BotApiFalsa.iniciada();
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  final BotApiFalsa telegram = BotApiFalsa.iniciada();

  ClienteApi api() {
    return new ClienteApi(base.toString() + "api");
  }
}
