package mx.seguimientoprep.domain.usuario;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the web application and the API, named as the server's security knows them. */
public enum Rol {
  ADMIN("admin"),
  STAFF("staff"),
  CONSEJERO("consejero");

  private final String nombre;

  Rol(String nombre) {
    this.nombre = nombre;
  }

  /** The role's name as stored and as the container's security checks it. */
  public String nombre() {
    return nombre;
  }

  public static Optional<Rol> desdeNombre(String texto) {
    if (texto == null) {
      return Optional.empty();
    }
    String buscado = texto.strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.nombre.equals(buscado)).findFirst();
  }
}
