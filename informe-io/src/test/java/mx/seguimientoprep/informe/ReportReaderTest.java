package mx.seguimientoprep.informe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Los formatos que se leen y los archivos que no: cada rechazo dice por qué, en español. */
class ReportReaderTest {

  @TempDir Path carpeta;

  private final ReportReader lector = new ReportReader();

  @Test
  void unPdfConTextoProponeLosMismosOficiosQueElTxt() throws Exception {
    String informe = "coahuila-informe-noviembre-2020.txt";
    String texto = Files.readString(FactRecognizerTest.semilla(informe));
    Path pdf = carpeta.resolve("noviembre.pdf");
    comoPdf(texto, pdf);
    LecturaDelInforme dePdf =
        FactRecognizerTest.RECONOCEDOR.reconocer(lector.leer(pdf, "noviembre.pdf"), null);
    LecturaDelInforme deTxt =
        FactRecognizerTest.RECONOCEDOR.reconocer(
            lector.leer(FactRecognizerTest.semilla(informe), informe), null);
    assertEquals(claves(deTxt, "Oficios"), claves(dePdf, "Oficios"));
    assertEquals(claves(deTxt, "Acuerdos"), claves(dePdf, "Acuerdos"));
    assertEquals("Coahuila", dePdf.portada().entidad());
  }

  @Test
  void unPdfSinTextoDiceQueParaceEscaneado() throws Exception {
    Path pdf = carpeta.resolve("escaneado.pdf");
    try (PDDocument documento = new PDDocument()) {
      documento.addPage(new PDPage());
      documento.save(pdf.toFile());
    }
    InformeIlegible e =
        assertThrows(InformeIlegible.class, () -> lector.leer(pdf, "escaneado.pdf"));
    assertTrue(e.getMessage().contains("escaneado"), e.getMessage());
  }

  @Test
  void unDocxDanadoOUnPdfCortadoSeRechazanConSuMotivo() throws Exception {
    Path docx = carpeta.resolve("danado.docx");
    Files.write(docx, "PK\u0003\u0004no es un zip".getBytes(StandardCharsets.ISO_8859_1));
    InformeIlegible e = assertThrows(InformeIlegible.class, () -> lector.leer(docx, "danado.docx"));
    assertTrue(e.getMessage().contains("no se pudo abrir como documento de Word"), e.getMessage());

    Path pdf = carpeta.resolve("cortado.pdf");
    Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    InformeIlegible p = assertThrows(InformeIlegible.class, () -> lector.leer(pdf, "cortado.pdf"));
    assertTrue(p.getMessage().contains("no se pudo abrir como PDF"), p.getMessage());
  }

  @Test
  void unDocAntiguoYUnBinarioPidenOtroFormato() throws Exception {
    Path doc = carpeta.resolve("viejo.doc");
    Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    assertTrue(
        assertThrows(InformeIlegible.class, () -> lector.leer(doc, "viejo.doc"))
            .getMessage()
            .contains("guárdelo como .docx"));
    Path binario = carpeta.resolve("foto.jpg");
    Files.write(binario, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3});
    assertTrue(
        assertThrows(InformeIlegible.class, () -> lector.leer(binario, "foto.jpg"))
            .getMessage()
            .contains("no es texto"));
  }

  @Test
  void unTextoDemasiadoLargoSeRechazaSinLeerloEntero() throws Exception {
    Path txt = carpeta.resolve("largo.txt");
    Files.writeString(txt, "a".repeat(TextoDelInforme.LIMITE_CARACTERES + 1));
    assertTrue(
        assertThrows(InformeIlegible.class, () -> lector.leer(txt, "largo.txt"))
            .getMessage()
            .contains("demasiado largo"));
  }

  /** Un .docx cuyo document.xml se infla mil veces: la protección de POI contra bombas lo corta. */
  @Test
  void unaBombaDeZipSeRechazaEnSegundos() throws Exception {
    Path bomba = carpeta.resolve("bomba.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomba))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] ceros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(ceros);
      }
    }
    InformeIlegible e = assertThrows(InformeIlegible.class, () -> lector.leer(bomba, "bomba.docx"));
    assertTrue(e.getMessage().contains("no se pudo abrir como documento de Word"), e.getMessage());
  }

  private static List<String> claves(LecturaDelInforme lectura, String hoja) {
    return lectura.deLaHoja(hoja).stream().map(Propuesta::clave).toList();
  }

  /** Un PDF con el texto en Helvetica, cada renglón largo partido en líneas de 90 caracteres. */
  static void comoPdf(String texto, Path destino) throws Exception {
    PDType1Font fuente = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<String> lineas = new ArrayList<>();
    for (String renglon : texto.split("\\R")) {
      String limpio = renglon.replaceAll("\\*{1,3}", "").replace('\t', ' ');
      if (limpio.isBlank()) {
        lineas.add("");
        continue;
      }
      while (limpio.length() > 90) {
        int corte = limpio.lastIndexOf(' ', 90);
        lineas.add(limpio.substring(0, corte));
        limpio = limpio.substring(corte + 1);
      }
      lineas.add(limpio);
      lineas.add("");
    }
    try (PDDocument documento = new PDDocument()) {
      int i = 0;
      while (i < lineas.size()) {
        PDPage pagina = new PDPage();
        documento.addPage(pagina);
        try (PDPageContentStream contenido = new PDPageContentStream(documento, pagina)) {
          contenido.beginText();
          contenido.setFont(fuente, 10);
          contenido.setLeading(13);
          contenido.newLineAtOffset(50, 740);
          for (int n = 0; n < 52 && i < lineas.size(); n++, i++) {
            contenido.showText(lineas.get(i));
            contenido.newLine();
          }
          contenido.endText();
        }
      }
      documento.save(destino.toFile());
    }
  }
}
