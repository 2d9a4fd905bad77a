package mx.seguimientoprep.informe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * La plantilla de membrete de un OPL: un documento de Word (.docx) del que el informe toma el
 * encabezado y el pie (logotipo incluido), los estilos, las fuentes y la página; su cuerpo se
 * sustituye por el informe. Una plantilla es un documento, nunca código: no se evalúa nada de lo
 * que trae, y se rechazan los documentos con macros (.docm) y los que POI no abre como .docx.
 */
public final class PlantillaDocx {

  /** El tamaño máximo de una plantilla: un membrete con su logotipo cabe de sobra. */
  public static final int TAMANO_MAXIMO = 5 * 1024 * 1024;

  private static final String DOCUMENTO =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String PREDETERMINADA = "plantilla-informe.docx";

  private PlantillaDocx() {}

  /** La plantilla limpia que trae el proyecto, para el OPL que no ha subido la suya. */
  public static byte[] predeterminada() {
    try (InputStream in = PlantillaDocx.class.getResourceAsStream(PREDETERMINADA)) {
      if (in == null) {
        throw new IllegalStateException("Falta el recurso " + PREDETERMINADA);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Comprueba que los bytes son una plantilla utilizable.
   *
   * @throws PlantillaInvalida con el motivo, si no lo son
   */
  public static void validar(byte[] contenido) {
    try (XWPFDocument documento = abrir(contenido)) {
      documento.getStyles();
    } catch (IOException e) {
      throw new PlantillaInvalida("No se pudo leer la plantilla: " + e.getMessage(), e);
    }
  }

  static XWPFDocument abrir(byte[] contenido) {
    if (contenido == null || contenido.length == 0) {
      throw new PlantillaInvalida("La plantilla está vacía: suba un documento de Word (.docx).");
    }
    if (contenido.length > TAMANO_MAXIMO) {
      throw new PlantillaInvalida(
          "La plantilla pesa "
              + contenido.length / 1024
              + " KB; el máximo es "
              + TAMANO_MAXIMO / 1024 / 1024
              + " MB.");
    }
    XWPFDocument documento;
    try {
      documento = new XWPFDocument(new ByteArrayInputStream(contenido));
    } catch (IOException | RuntimeException e) {
      throw new PlantillaInvalida(
          "El archivo no es un documento de Word (.docx) que se pueda abrir.", e);
    }
    PackagePart principal = documento.getPackagePart();
    if (!DOCUMENTO.equals(principal.getContentType())) {
      cerrar(documento);
      throw new PlantillaInvalida(
          "La plantilla debe ser un documento de Word (.docx) sin macros; este es de tipo «"
              + principal.getContentType()
              + "».");
    }
    return documento;
  }

  private static void cerrar(XWPFDocument documento) {
    try {
      documento.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
