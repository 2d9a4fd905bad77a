package mx.seguimientoprep.web.importacion;

/** An upload over the size limit; nothing of it was read. */
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
