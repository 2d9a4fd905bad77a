package mx.seguimientoprep.bot.respuesta;

import java.nio.charset.StandardCharsets;

/**
 * Un botón en línea bajo un mensaje: lo que se lee y lo que el bot recibe al tocarlo.
 *
 * @param datos los datos de retorno (callback data); Telegram admite de 1 a 64 bytes
 */
public record Boton(String etiqueta, String datos) {

  public static final int BYTES_MAXIMOS = 64;

  public Boton {
    if (etiqueta == null || etiqueta.isBlank()) {
      throw new IllegalArgumentException("Un botón necesita una etiqueta.");
    }
    if (datos == null
        || datos.isEmpty()
        || datos.getBytes(StandardCharsets.UTF_8).length > BYTES_MAXIMOS) {
      throw new IllegalArgumentException(
          "Los datos de un botón deben tener de 1 a " + BYTES_MAXIMOS + " bytes: " + datos);
    }
  }
}
