package mx.seguimientoprep.bot.acceso;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Lo que una persona vinculada puede hacer en el bot. */
public enum RolBot {
  /** Solo pregunta. */
  CONSEJERO("consejero"),
  /** Pregunta y registra oficios. */
  CAPTURISTA("capturista");

  private final String nombre;

  RolBot(String nombre) {
    this.nombre = nombre;
  }

  /** El nombre del rol como lo escriben la invitación y la base de datos. */
  public String nombre() {
    return nombre;
  }

  public boolean puedeRegistrarOficios() {
    return this == CAPTURISTA;
  }

  public static Optional<RolBot> desdeNombre(String texto) {
    if (texto == null) {
      return Optional.empty();
    }
    String buscado = texto.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.nombre.equals(buscado)).findFirst();
  }
}
