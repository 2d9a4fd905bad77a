package mx.seguimientoprep.domain.aviso;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** En qué quedó un aviso reclamado. */
public enum EstadoDeAviso implements Etiquetado {
  /** Un nodo lo reclamó y lo está enviando (o se detuvo a la mitad: no se envía otra vez). */
  ENVIANDO("Enviando"),
  ENVIADO("Enviado"),
  /** Telegram no lo aceptó tras los reintentos; el motivo queda con él. */
  FALLIDO("Fallido");

  private final String etiqueta;

  EstadoDeAviso(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<EstadoDeAviso> desdeTexto(String texto) {
    return Etiquetado.buscar(EstadoDeAviso.class, texto);
  }
}
