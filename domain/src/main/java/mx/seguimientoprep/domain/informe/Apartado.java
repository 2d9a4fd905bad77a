package mx.seguimientoprep.domain.informe;

import java.util.List;

/**
 * Un apartado del avance del mes, numerado en romanos como en los informes: «I. Acuerdos emitidos».
 */
public record Apartado(String numero, String titulo, List<Bloque> bloques) {

  public Apartado {
    bloques = List.copyOf(bloques);
  }

  /** El encabezado tal como se escribe: {@code I. Acuerdos emitidos}. */
  public String encabezado() {
    return numero + ". " + titulo;
  }
}
