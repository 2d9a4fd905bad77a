package mx.seguimientoprep.domain.entidad;

import java.util.List;

/** Lo que se entendió al buscar una entidad en un texto. */
public sealed interface Resolucion {

  record Encontrada(Entidad entidad) implements Resolucion {}

  /** El texto nombra a varias entidades (`IEE`, `IEPC`): hay que preguntar cuál. */
  record Ambigua(List<Entidad> candidatas) implements Resolucion {
    public Ambigua {
      candidatas = List.copyOf(candidatas);
    }
  }

  /** Ninguna coincide, pero estas se escriben parecido; la más cercana primero. */
  record Sugerencias(List<Entidad> candidatas) implements Resolucion {
    public Sugerencias {
      candidatas = List.copyOf(candidatas);
    }
  }

  record NoEncontrada() implements Resolucion {}
}
