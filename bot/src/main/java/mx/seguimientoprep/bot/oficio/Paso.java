package mx.seguimientoprep.bot.oficio;

/** La pregunta en que va la conversación de un oficio. */
public enum Paso {
  ENTIDAD("Entidad"),
  NUMERO("Número"),
  FECHA("Fecha"),
  SENTIDO("Sentido"),
  ASUNTO("Asunto"),
  ENTREGABLES("Entregables"),
  EN_RESPUESTA_A("En respuesta a"),
  /** El resumen con [Guardar] [Corregir] [Cancelar]. */
  RESUMEN("Resumen"),
  /** La elección del dato que se corrige. */
  CORREGIR("Corregir");

  /** Cuántas preguntas tiene la conversación completa. */
  static final int PREGUNTAS = 7;

  private final String etiqueta;

  Paso(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }

  /** Si es una de las siete preguntas de un dato. */
  boolean esDato() {
    return ordinal() < PREGUNTAS;
  }

  /** `3/7`. */
  String numero() {
    return (ordinal() + 1) + "/" + PREGUNTAS;
  }
}
