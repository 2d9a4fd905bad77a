package mx.seguimientoprep.web.error;

/**
 * Lo que lee una persona ante un estado HTTP que ningún recurso explicó por sí mismo: una sola
 * redacción, en español, para los errores del contenedor y los de la API.
 */
public final class MensajeDeEstado {

  public static final String INICIAR_SESION = "Se requiere iniciar sesión (usuario y contraseña).";
  public static final String ERROR_INTERNO =
      "Ocurrió un error interno; se registró para su revisión.";

  private MensajeDeEstado() {}

  public static String de(int estado) {
    return switch (estado) {
      case 400 -> "La solicitud no es válida.";
      case 401 -> INICIAR_SESION;
      case 403 -> "Su cuenta no tiene permiso para esta operación.";
      case 404 -> "No existe esa dirección.";
      case 405 -> "Método no permitido en esta dirección.";
      case 406 -> "Este recurso solo responde JSON.";
      case 415 -> "Tipo de contenido no admitido.";
      case 500 -> ERROR_INTERNO;
      default -> "La solicitud no pudo atenderse.";
    };
  }
}
