package mx.seguimientoprep.web.arranque;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Comprueba al desplegar que el servidor tiene lo que la aplicación necesita, para que el EAR nunca
 * parezca desplegado mientras no funciona: sin MicroProfile Config el despliegue falla con un
 * mensaje que nombra el subsistema y el script que lo agrega; sin MicroProfile Health la aplicación
 * funciona (la salud es opcional) y el registro lo advierte; y si Weld no registró el arranque (una
 * clase que usa no se pudo cargar) el despliegue falla en lugar de quedar sin esquema ni cuentas.
 *
 * <p>Es una extensión portable de CDI: Weld la llama antes de validar las inyecciones, así que su
 * mensaje sale antes que el de una dependencia sin satisfacer.
 */
public class RequisitosDelServidor implements Extension {

  static final String CONFIG = "org.eclipse.microprofile.config.ConfigProvider";
  static final String SALUD = "org.eclipse.microprofile.health.HealthCheck";
  static final String COMO_PREPARAR =
      "prepare el servidor con web-ear/ear/target/wildfly/preparar-servidor.sh --recargar"
          + " (README, «Deploying to an existing WildFly») y vuelva a desplegar";

  private static final Logger LOG = Logger.getLogger(RequisitosDelServidor.class.getName());

  private volatile boolean hayArranque;

  void alDescubrirLosBeans(@Observes AfterBeanDiscovery descubrimiento) {
    ClassLoader cargador = RequisitosDelServidor.class.getClassLoader();
    faltaLoObligatorio(cargador)
        .ifPresent(
            mensaje -> descubrimiento.addDefinitionError(new IllegalStateException(mensaje)));
    if (!visible(SALUD, cargador)) {
      LOG.warning(
          "Este servidor no tiene el subsistema MicroProfile Health (microprofile-health-smallrye):"
              + " Seguimiento PREP funciona, pero /health/ready no dirá si alguien puede iniciar"
              + " sesión; para tenerlo, "
              + COMO_PREPARAR
              + ".");
    }
  }

  void alRegistrarElArranque(@Observes ProcessManagedBean<Arranque> arranque) {
    hayArranque = true;
  }

  void alValidarElDespliegue(@Observes AfterDeploymentValidation validacion) {
    if (!hayArranque) {
      validacion.addDeploymentProblem(
          new IllegalStateException(
              "Seguimiento PREP no puede arrancar: Weld no registró su arranque"
                  + " (mx.seguimientoprep.web.arranque.Arranque) como bean, porque no pudo cargar"
                  + " una clase que usa (vea las advertencias anteriores del registro) o porque el"
                  + " WAR dejó de ser un archivo de beans; "
                  + COMO_PREPARAR
                  + "."));
    }
  }

  /** El mensaje que explica qué subsistema obligatorio falta, si falta alguno. */
  static Optional<String> faltaLoObligatorio(ClassLoader cargador) {
    if (visible(CONFIG, cargador)) {
      return Optional.empty();
    }
    return Optional.of(
        "Seguimiento PREP no puede desplegarse: este servidor no tiene el subsistema MicroProfile"
            + " Config (microprofile-config-smallrye), con el que la aplicación lee su configuración"
            + " (PREP_*, TELEGRAM_*); "
            + COMO_PREPARAR
            + ".");
  }

  private static boolean visible(String clase, ClassLoader cargador) {
    try {
      Class.forName(clase, false, cargador);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
