package mx.seguimientoprep.domain.historial;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

public enum Operacion implements Etiquetado {
  ALTA("Alta"),
  MODIFICACION("Modificación");

  private final String etiqueta;

  Operacion(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<Operacion> desdeTexto(String texto) {
    return Etiquetado.buscar(Operacion.class, texto);
  }
}
