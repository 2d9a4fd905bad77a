package mx.seguimientoprep.domain.estado;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** El resumen de un vistazo del estado de un proceso. */
public enum Semaforo implements Etiquetado {
  AL_DIA("al día"),
  CON_OBSERVACIONES("con observaciones"),
  VENCIDOS("vencidos");

  private final String etiqueta;

  Semaforo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<Semaforo> desdeTexto(String texto) {
    return Etiquetado.buscar(Semaforo.class, texto);
  }
}
