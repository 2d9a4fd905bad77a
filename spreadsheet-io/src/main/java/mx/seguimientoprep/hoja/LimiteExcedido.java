package mx.seguimientoprep.hoja;

/** Detiene una lectura que rebasó un límite; el hallazgo dice cuál y dónde. */
final class LimiteExcedido extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Hallazgo hallazgo;

  LimiteExcedido(Hallazgo hallazgo) {
    super(hallazgo.mensaje(), null, false, false);
    this.hallazgo = hallazgo;
  }

  Hallazgo hallazgo() {
    return hallazgo;
  }
}
