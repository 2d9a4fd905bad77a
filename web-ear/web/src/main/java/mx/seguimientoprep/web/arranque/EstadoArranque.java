package mx.seguimientoprep.web.arranque;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the application: not ready while nobody can sign in (no account, no {@code
 * PREP_ADMIN_PASSWORD}), so that {@code /health} says what is missing.
 */
@Readiness
@ApplicationScoped
public class EstadoArranque implements HealthCheck {

  private volatile boolean cuentas;

  void cuentasListas() {
    cuentas = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("seguimiento-prep")
        .status(cuentas)
        .withData(
            "cuentas",
            cuentas ? "listas" : "no hay ninguna cuenta: defina PREP_ADMIN_PASSWORD y reinicie")
        .build();
  }
}
