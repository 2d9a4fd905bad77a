package mx.seguimientoprep.domain.aviso;

import java.util.Objects;

/** Lo que hace único a un aviso: la llave única de la tabla {@code aviso}. */
public record LlaveDeAviso(long suscripcion, TipoDeAviso tipo, String asunto) {

  public LlaveDeAviso {
    Objects.requireNonNull(tipo, "tipo");
    Objects.requireNonNull(asunto, "asunto");
  }
}
