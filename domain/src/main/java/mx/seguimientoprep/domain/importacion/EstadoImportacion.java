package mx.seguimientoprep.domain.importacion;

import mx.seguimientoprep.domain.Etiquetado;

/** How an upload ended; the labels are the {@code estado} of the import report. */
public enum EstadoImportacion implements Etiquetado {
  APLICADA("aplicada"),
  SIMULADA("simulada"),
  RECHAZADA("rechazada");

  private final String etiqueta;

  EstadoImportacion(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
