package mx.seguimientoprep.informe;

/**
 * Qué tan seguro está el lector de una propuesta: {@code alta} cuando cada campo obligatorio se
 * leyó del texto; {@code baja} cuando algo se infirió (un año que el enunciado no dice, dos oficios
 * emparejados con dos respuestas por su orden, una fecha tomada de otro párrafo). Una propuesta
 * {@code baja} no se aplica salvo que quien revisa la conserve.
 */
public enum Certeza {
  ALTA("alta"),
  BAJA("baja");

  private final String etiqueta;

  Certeza(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }

  /** La menor de dos certezas. */
  public Certeza y(Certeza otra) {
    return this == BAJA || otra == BAJA ? BAJA : ALTA;
  }
}
