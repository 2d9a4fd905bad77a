package mx.seguimientoprep.domain.entregable;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** En qué va un entregable de un proceso. */
public enum EstadoEntregable implements Etiquetado {
  PENDIENTE("Pendiente"),
  ENVIADO("Enviado"),
  CON_OBSERVACIONES("Con observaciones"),
  OBSERVACIONES_ATENDIDAS("Observaciones atendidas"),
  SIN_OBSERVACIONES("Sin observaciones"),
  NO_APLICA("No aplica");

  private final String etiqueta;

  EstadoEntregable(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<EstadoEntregable> desdeTexto(String texto) {
    return Etiquetado.buscar(EstadoEntregable.class, texto);
  }
}
