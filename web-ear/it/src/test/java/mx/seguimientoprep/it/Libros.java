package mx.seguimientoprep.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Libros como los llena el personal (escritos con POI), y archivos hostiles, para las pruebas de
 * subida.
 */
final class Libros {

  static final List<String> COLUMNAS_OFICIOS =
      List.of("Entidad", "Proceso", "Número", "Fecha", "Sentido", "Asunto", "Entregables");

  private Libros() {}

  /**
   * Un libro con una hoja {@code Oficios}: una fila de título, luego el encabezado, luego las
   * filas.
   */
  static byte[] oficios(List<List<String>> filas) throws IOException {
    try (XSSFWorkbook libro = new XSSFWorkbook();
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      XSSFSheet hoja = libro.createSheet("Oficios");
      hoja.createRow(0).createCell(0).setCellValue("Seguimiento del PREP · oficios del mes");
      XSSFRow encabezado = hoja.createRow(1);
      for (int i = 0; i < COLUMNAS_OFICIOS.size(); i++) {
        encabezado.createCell(i).setCellValue(COLUMNAS_OFICIOS.get(i));
      }
      for (int f = 0; f < filas.size(); f++) {
        XSSFRow fila = hoja.createRow(f + 2);
        for (int c = 0; c < filas.get(f).size(); c++) {
          fila.createCell(c).setCellValue(filas.get(f).get(c));
        }
      }
      libro.write(salida);
      return salida.toByteArray();
    }
  }

  /** El mismo libro con el XML de su primera hoja reemplazado. */
  static byte[] conHoja(byte[] libro, String xmlHoja) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (ZipInputStream entrada = new ZipInputStream(new ByteArrayInputStream(libro));
        ZipOutputStream zip = new ZipOutputStream(salida)) {
      ZipEntry entrada1;
      while ((entrada1 = entrada.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entrada1.getName()));
        if (entrada1.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(xmlHoja.getBytes(StandardCharsets.UTF_8));
        } else {
          entrada.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return salida.toByteArray();
  }

  /** Una hoja que trae una entidad externa (XXE). */
  static String hojaConEntidadExterna() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<!DOCTYPE x [<!ENTITY secreto SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secreto;</t></is></c></row>"
        + "</sheetData></worksheet>";
  }

  /** Una hoja de 60 MB que se comprime a unos cientos de KB (una bomba zip). */
  static String hojaBomba() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
    xml.append(" ".repeat(60 * 1024 * 1024));
    return xml.append("</t></is></c></row></sheetData></worksheet>").toString();
  }

  /**
   * El mismo libro con un texto compartido más de {@code caracteres} caracteres: tramos de «a» de
   * longitud al azar con una letra al azar entre ellos, que deflate comprime a cerca de 48:1, por
   * debajo de la razón de bomba zip de POI (100:1). 800 millones de caracteres dan un archivo de
   * unos 16.5 MB.
   */
  static byte[] conTextoCompartidoEnorme(byte[] libro, long caracteres) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (ZipInputStream entrada = new ZipInputStream(new ByteArrayInputStream(libro));
        ZipOutputStream zip = new ZipOutputStream(salida)) {
      ZipEntry parte;
      while ((parte = entrada.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(parte.getName()));
        if (parte.getName().equals("xl/sharedStrings.xml")) {
          String sst = new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
          zip.write(sst.substring(0, sst.lastIndexOf("</sst>")).getBytes(StandardCharsets.UTF_8));
          zip.write("<si><t>".getBytes(StandardCharsets.UTF_8));
          Random azar = new java.util.Random(7);
          byte[] bloque = new byte[1 << 16];
          for (long escritos = 0; escritos < caracteres; ) {
            int n = 0;
            while (n < bloque.length) {
              int corrida = Math.min(azar.nextInt(260), bloque.length - n - 1);
              Arrays.fill(bloque, n, n + corrida, (byte) 'a');
              n += corrida;
              bloque[n++] = (byte) ('b' + azar.nextInt(16));
            }
            int cuantos = (int) Math.min(bloque.length, caracteres - escritos);
            zip.write(bloque, 0, cuantos);
            escritos += cuantos;
          }
          zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        } else {
          entrada.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return salida.toByteArray();
  }
}
