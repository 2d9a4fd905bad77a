package mx.seguimientoprep.domain.usuario;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Crear cuentas y fijar sus contraseñas; las contraseñas se guardan solo como hashes. */
public interface GestionarUsuarios {

  boolean hayUsuarios();

  /**
   * Crea una cuenta.
   *
   * @throws IllegalArgumentException con un mensaje en español si el nombre ya existe o no es
   *     válido, o si la contraseña es demasiado corta
   */
  void crear(String nombre, char[] clave, Set<Rol> roles);

  /** Fija una contraseña nueva a una cuenta que ya existe. */
  void restablecerClave(String nombre, char[] clave);

  /** Todas las cuentas, por nombre. */
  List<Cuenta> cuentas();

  /** La cuenta de ese nombre (sin espacios alrededor, en minúsculas), si existe. */
  Optional<Cuenta> cuenta(String nombre);

  /**
   * Activa o desactiva una cuenta: una cuenta desactivada no puede iniciar sesión (ni con el
   * formulario ni con HTTP Basic) hasta que se active de nuevo; conserva su contraseña y sus roles.
   *
   * @throws IllegalArgumentException con un mensaje en español si la cuenta no existe
   */
  void activar(String nombre, boolean activa);
}
