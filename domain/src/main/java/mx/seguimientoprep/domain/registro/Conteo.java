package mx.seguimientoprep.domain.registro;

/** Cuántas filas de una hoja crearon, cambiaron o dejaron igual un registro. */
public record Conteo(int nuevos, int actualizados, int sinCambios) {

  public static final Conteo CERO = new Conteo(0, 0, 0);

  public Conteo conNuevo() {
    return new Conteo(nuevos + 1, actualizados, sinCambios);
  }

  public Conteo conActualizado() {
    return new Conteo(nuevos, actualizados + 1, sinCambios);
  }

  public Conteo conSinCambios() {
    return new Conteo(nuevos, actualizados, sinCambios + 1);
  }

  public int total() {
    return nuevos + actualizados + sinCambios;
  }
}
