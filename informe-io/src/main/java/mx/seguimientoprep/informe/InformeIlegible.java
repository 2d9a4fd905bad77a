package mx.seguimientoprep.informe;

/**
 * Un archivo que no se puede leer como informe (dañado, escaneado sin texto, de otro formato,
 * demasiado grande): el mensaje, en español, dice qué pasa y qué hacer. La API lo contesta con 422.
 */
public final class InformeIlegible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InformeIlegible(String mensaje) {
    super(mensaje);
  }

  public InformeIlegible(String mensaje, Throwable causa) {
    super(mensaje, causa);
  }
}
