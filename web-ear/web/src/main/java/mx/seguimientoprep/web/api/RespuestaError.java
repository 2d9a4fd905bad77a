package mx.seguimientoprep.web.api;

import java.util.List;

/**
 * El cuerpo de toda respuesta de error: un mensaje en español y lo que puede ayudar (sugerencias).
 */
public record RespuestaError(String mensaje, List<String> sugerencias) {

  public RespuestaError(String mensaje) {
    this(mensaje, List.of());
  }
}
