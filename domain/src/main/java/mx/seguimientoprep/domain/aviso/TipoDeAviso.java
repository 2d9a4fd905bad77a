package mx.seguimientoprep.domain.aviso;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** Las tres clases de aviso. */
public enum TipoDeAviso implements Etiquetado {
  /** El resumen de la semana: vencidos, lo que vence pronto y los oficios de la semana. */
  RESUMEN("Resumen semanal"),
  /** Un entregable no enviado vence en pocos días. */
  VENCIMIENTO("Antes del vencimiento"),
  /** Llegó un oficio del INE con observaciones. */
  OBSERVACIONES("Observaciones del INE");

  private final String etiqueta;

  TipoDeAviso(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<TipoDeAviso> desdeTexto(String texto) {
    return Etiquetado.buscar(TipoDeAviso.class, texto);
  }
}
