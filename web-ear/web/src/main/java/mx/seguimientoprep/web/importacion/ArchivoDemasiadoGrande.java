package mx.seguimientoprep.web.importacion;

/** Una subida que pasa del límite de tamaño; no se leyó nada de ella. */
public class ArchivoDemasiadoGrande extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ArchivoDemasiadoGrande(long limite) {
    super(
        "El archivo pasa de "
            + (limite / (1024 * 1024))
            + " MB, el máximo que se acepta. Divida el libro o quite las hojas que no son de"
            + " seguimiento.");
  }
}
