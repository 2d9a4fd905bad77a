package mx.seguimientoprep.web.api;

import java.util.List;

/** The body of every error answer: a Spanish message, and what may help (suggestions). */
public record RespuestaError(String mensaje, List<String> sugerencias) {

  public RespuestaError(String mensaje) {
    this(mensaje, List.of());
  }
}
