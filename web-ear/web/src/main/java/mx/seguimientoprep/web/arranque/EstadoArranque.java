package mx.seguimientoprep.web.arranque;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lo que el arranque deja dicho para la salud de la aplicación: si alguien puede iniciar sesión
 * (hay una cuenta, o se creó {@code admin} con {@code PREP_ADMIN_PASSWORD}). No conoce MicroProfile
 * Health, para que el arranque no dependa de ese subsistema opcional (lo publica {@link
 * SaludArranque}).
 */
@ApplicationScoped
public class EstadoArranque {

  private volatile boolean cuentas;

  void cuentasListas() {
    cuentas = true;
  }

  /** Si hay al menos una cuenta con la que iniciar sesión. */
  boolean hayCuentas() {
    return cuentas;
  }
}
