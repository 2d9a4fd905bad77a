package mx.seguimientoprep.domain.informe;

import java.util.List;
import java.util.Objects;

/** Un trozo del cuerpo de un apartado del informe: un párrafo o una lista. */
public sealed interface Bloque {

  /** Un párrafo de prosa. */
  record Parrafo(String texto) implements Bloque {
    public Parrafo {
      Objects.requireNonNull(texto, "texto");
    }
  }

  /** Una lista de viñetas, o numerada (el orden del día de una sesión). */
  record Lista(boolean numerada, List<String> elementos) implements Bloque {
    public Lista {
      elementos = List.copyOf(elementos);
    }
  }
}
