package mx.seguimientoprep.informe;

/** Un archivo que no sirve de plantilla del informe, con el motivo en español. */
public class PlantillaInvalida extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlantillaInvalida(String mensaje) {
    super(mensaje);
  }

  public PlantillaInvalida(String mensaje, Throwable causa) {
    super(mensaje, causa);
  }
}
