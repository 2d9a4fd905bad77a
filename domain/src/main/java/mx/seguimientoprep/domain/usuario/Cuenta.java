package mx.seguimientoprep.domain.usuario;

import java.util.Set;

/** Una cuenta como la ve el administrador: su nombre, sus roles y si puede iniciar sesión. */
public record Cuenta(String nombre, Set<Rol> roles, boolean activa) {

  public Cuenta {
    roles = Set.copyOf(roles);
  }
}
