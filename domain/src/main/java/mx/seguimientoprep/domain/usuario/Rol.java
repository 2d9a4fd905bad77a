package mx.seguimientoprep.domain.usuario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Los roles de la aplicación, uno solo por concepto en todos los adaptadores. La web y la API los
 * nombran como los conoce la seguridad del servidor ({@link #nombre()}: {@code staff}); el bot, con
 * la palabra de su contrato ({@link #nombreEnElBot()}: {@code capturista}), que es también la que
 * guardan sus invitaciones y vínculos. El administrador no es un rol del bot.
 */
public enum Rol {
  ADMIN("admin", null),
  STAFF("staff", "capturista"),
  CONSEJERO("consejero", "consejero");

  private final String nombre;
  private final String nombreEnElBot;

  Rol(String nombre, String nombreEnElBot) {
    this.nombre = nombre;
    this.nombreEnElBot = nombreEnElBot;
  }

  /** El nombre del rol tal como se guarda y como lo verifica la seguridad del contenedor. */
  public String nombre() {
    return nombre;
  }

  /**
   * El nombre del rol en el bot, como lo escriben la invitación, el vínculo guardado y los mensajes
   * del bot; vacío si no es un rol del bot.
   */
  public Optional<String> nombreEnElBot() {
    return Optional.ofNullable(nombreEnElBot);
  }

  public static Optional<Rol> desdeNombre(String texto) {
    return buscar(texto, false);
  }

  /** El rol del bot con ese nombre ({@code consejero} o {@code capturista}). */
  public static Optional<Rol> delBot(String texto) {
    return buscar(texto, true);
  }

  private static Optional<Rol> buscar(String texto, boolean enElBot) {
    if (texto == null) {
      return Optional.empty();
    }
    String buscado = texto.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> buscado.equals(enElBot ? r.nombreEnElBot : r.nombre))
        .findFirst();
  }
}
