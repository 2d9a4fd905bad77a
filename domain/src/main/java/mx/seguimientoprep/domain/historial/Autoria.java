package mx.seguimientoprep.domain.historial;

import java.util.Objects;
import mx.seguimientoprep.domain.DatoInvalido;

/** Quién escribe y por qué canal; toda escritura la lleva. */
public record Autoria(String usuario, Canal canal) {

  public Autoria {
    if (usuario == null || usuario.isBlank()) {
      throw new DatoInvalido("Usuario", usuario, "Toda escritura debe decir quién la hace.");
    }
    usuario = usuario.strip();
    Objects.requireNonNull(canal, "canal");
  }
}
