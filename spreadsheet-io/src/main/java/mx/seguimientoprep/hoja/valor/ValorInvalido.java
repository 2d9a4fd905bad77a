package mx.seguimientoprep.hoja.valor;

/** Un valor de celda que no se puede leer; el mensaje, en español, cita el valor y dice por qué. */
public class ValorInvalido extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ValorInvalido(String mensaje) {
    super(mensaje, null, false, false);
  }
}
