package mx.seguimientoprep.web.arranque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Si la aplicación está lista: no lo está mientras nadie pueda iniciar sesión (ninguna cuenta, sin
 * {@code PREP_ADMIN_PASSWORD}), para que {@code /health} diga qué falta.
 *
 * <p>Es la única clase que conoce MicroProfile Health: en un servidor sin ese subsistema (el
 * standalone.xml de WildFly) Weld no puede cargarla y la descarta, y la aplicación funciona sin
 * ella.
 */
@Readiness
@ApplicationScoped
public class SaludArranque implements HealthCheck {

  @Inject EstadoArranque estado;

  @Override
  public HealthCheckResponse call() {
    boolean cuentas = estado.hayCuentas();
    return HealthCheckResponse.named("seguimiento-prep")
        .status(cuentas)
        .withData(
            "cuentas",
            cuentas ? "listas" : "no hay ninguna cuenta: defina PREP_ADMIN_PASSWORD y reinicie")
        .build();
  }
}
