package mx.seguimientoprep.domain.importacion;

import mx.seguimientoprep.domain.Etiquetado;

/** Cómo terminó una subida; las etiquetas son el {@code estado} del informe de la importación. */
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
