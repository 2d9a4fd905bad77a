package mx.seguimientoprep.hoja;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Escribe un .xlsx mínimo a mano, parte por parte, para probar lo que POI nunca escribe: sin
 * estilos, celdas sin referencia, errores de fórmula, XML hostil o una hoja descomunal.
 */
final class LibroAMano {

  static final String HOJA_XML_INICIO =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>";
  static final String HOJA_XML_FIN = "</sheetData></worksheet>";

  /** Escribe el contenido de la parte de la hoja. */
  interface Contenido {
    void escribir(OutputStream salida) throws IOException;
  }

  private LibroAMano() {}

  /** Un libro de una hoja con las filas ({@code <row>…</row>}) dadas y, si no es nulo, un SST. */
  static Path escribir(Path archivo, String pestana, String filas, String textosCompartidos)
      throws IOException {
    return escribir(
        archivo,
        pestana,
        salida ->
            salida.write((HOJA_XML_INICIO + filas + HOJA_XML_FIN).getBytes(StandardCharsets.UTF_8)),
        textosCompartidos);
  }

  static Path escribir(Path archivo, String pestana, Contenido hoja, String textosCompartidos)
      throws IOException {
    return escribir(
        archivo,
        pestana,
        hoja,
        textosCompartidos == null
            ? null
            : salida -> salida.write(textosCompartidos.getBytes(StandardCharsets.UTF_8)));
  }

  /** Un libro cuya tabla de textos compartidos (lo que va dentro de {@code <sst>}) se escribe. */
  static Path escribirConTextos(
      Path archivo, String pestana, Contenido hoja, Contenido textosCompartidos)
      throws IOException {
    return escribir(archivo, pestana, hoja, textosCompartidos);
  }

  private static Path escribir(
      Path archivo, String pestana, Contenido hoja, Contenido textosCompartidos)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archivo))) {
      parte(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + (textosCompartidos == null
                  ? ""
                  : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                      + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
              + "</Types>");
      parte(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      parte(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\""
              + pestana
              + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      parte(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + (textosCompartidos == null
                  ? ""
                  : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                      + "officeDocument/2006/relationships/sharedStrings\""
                      + " Target=\"sharedStrings.xml\"/>")
              + "</Relationships>");
      if (textosCompartidos != null) {
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        zip.write(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .getBytes(StandardCharsets.UTF_8));
        textosCompartidos.escribir(zip);
        zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      hoja.escribir(zip);
      zip.closeEntry();
    }
    return archivo;
  }

  private static void parte(ZipOutputStream zip, String nombre, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(nombre));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
