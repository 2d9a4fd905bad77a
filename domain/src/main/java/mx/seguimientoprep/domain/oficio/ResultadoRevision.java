package mx.seguimientoprep.domain.oficio;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** Lo que dice un oficio sobre la revisión de un entregable. */
public enum ResultadoRevision implements Etiquetado {
  SIN_OBSERVACIONES("Sin observaciones"),
  CON_OBSERVACIONES("Con observaciones"),
  OBSERVACIONES_ATENDIDAS("Observaciones atendidas");

  private final String etiqueta;

  ResultadoRevision(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<ResultadoRevision> desdeTexto(String texto) {
    return Etiquetado.buscar(ResultadoRevision.class, texto);
  }
}
