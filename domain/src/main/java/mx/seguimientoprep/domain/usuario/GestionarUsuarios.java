package mx.seguimientoprep.domain.usuario;

import java.util.Set;

/** Creating accounts and setting their passwords; the passwords are kept only as hashes. */
public interface GestionarUsuarios {

  boolean hayUsuarios();

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException with a Spanish message when the name is taken or invalid, or
   *     the password is too short
   */
  void crear(String nombre, char[] clave, Set<Rol> roles);

  /** Sets a new password for an existing account. */
  void restablecerClave(String nombre, char[] clave);
}
