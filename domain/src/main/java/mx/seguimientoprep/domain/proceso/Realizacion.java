package mx.seguimientoprep.domain.proceso;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** Quién implementa y opera el PREP: el propio OPL o un tercero contratado. */
public enum Realizacion implements Etiquetado {
  OPL("OPL"),
  TERCERO("Tercero");

  private final String etiqueta;

  Realizacion(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<Realizacion> desdeTexto(String texto) {
    return Etiquetado.buscar(Realizacion.class, texto);
  }
}
