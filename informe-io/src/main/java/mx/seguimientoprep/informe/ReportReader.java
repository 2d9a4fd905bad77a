package mx.seguimientoprep.informe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Saca el texto de un informe: {@code .docx} (POI XWPF: párrafos, listas numeradas, tablas), {@code
 * .pdf} con texto (PDFBox 3) o texto plano (UTF-8, o Windows-1252 si no lo es). El formato se
 * reconoce por el contenido, no por el nombre. Todo está acotado: a lo más {@link
 * TextoDelInforme#LIMITE_CARACTERES} caracteres y {@link #PAGINAS_MAXIMAS} páginas; un archivo
 * dañado, cifrado, escaneado o de otro formato da un {@link InformeIlegible} con el motivo en
 * español, nunca otra excepción.
 */
public final class ReportReader {

  /** Las páginas de un PDF que se leen como mucho. */
  public static final int PAGINAS_MAXIMAS = 1_000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** El texto del informe en {@code archivo}; {@code nombre} solo sirve para los mensajes. */
  public TextoDelInforme leer(Path archivo, String nombre) {
    byte[] cabeza = cabeza(archivo);
    if (empieza(cabeza, ZIP)) {
      return docx(archivo, nombre);
    }
    if (empieza(cabeza, PDF)) {
      return pdf(archivo, nombre);
    }
    if (empieza(cabeza, OLE)) {
      throw new InformeIlegible(
          nombre
              + " es un documento de Word 97-2003 (.doc) o de Excel antiguo: guárdelo como .docx o"
              + " como PDF y vuelva a subirlo.");
    }
    return texto(archivo, nombre);
  }

  private static byte[] cabeza(Path archivo) {
    try (InputStream entrada = Files.newInputStream(archivo)) {
      return entrada.readNBytes(8192);
    } catch (IOException e) {
      throw new InformeIlegible("No se pudo leer el archivo subido.", e);
    }
  }

  private static boolean empieza(byte[] datos, byte[] prefijo) {
    if (datos.length < prefijo.length) {
      return false;
    }
    for (int i = 0; i < prefijo.length; i++) {
      if (datos[i] != prefijo[i]) {
        return false;
      }
    }
    return true;
  }

  // ---- texto plano ----

  private static TextoDelInforme texto(Path archivo, String nombre) {
    byte[] bytes;
    try {
      if (Files.size(archivo) > TextoDelInforme.LIMITE_CARACTERES * 4L) {
        throw demasiadoTexto(nombre);
      }
      bytes = Files.readAllBytes(archivo);
    } catch (IOException e) {
      throw new InformeIlegible("No se pudo leer el archivo subido.", e);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new InformeIlegible(
            nombre
                + " no es un informe que se pueda leer: no es texto, ni .docx, ni PDF. Súbalo como"
                + " .docx, .pdf o .txt.");
      }
    }
    String texto;
    try {
      texto =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException noEsUtf8) {
      texto = new String(bytes, Charset.forName("windows-1252"));
    }
    if (texto.startsWith("\uFEFF")) {
      texto = texto.substring(1);
    }
    if (texto.length() > TextoDelInforme.LIMITE_CARACTERES) {
      throw demasiadoTexto(nombre);
    }
    return TextoDelInforme.deTexto(texto);
  }

  // ---- docx ----

  private static TextoDelInforme docx(Path archivo, String nombre) {
    try (OPCPackage paquete = OPCPackage.open(archivo.toFile(), PackageAccess.READ);
        XWPFDocument documento = new XWPFDocument(paquete)) {
      List<Parrafo> parrafos = new ArrayList<>();
      Map<String, Integer> contadores = new HashMap<>();
      int[] caracteres = {0};
      for (IBodyElement elemento : documento.getBodyElements()) {
        if (elemento instanceof XWPFParagraph p) {
          agregar(parrafos, parrafo(p, contadores), caracteres, nombre);
        } else if (elemento instanceof XWPFTable tabla) {
          for (XWPFTableRow fila : tabla.getRows()) {
            List<String> celdas = new ArrayList<>();
            for (XWPFTableCell celda : fila.getTableCells()) {
              celdas.add(celda.getText().replaceAll("\\s+", " ").strip());
            }
            if (celdas.stream().anyMatch(c -> !c.isEmpty())) {
              agregar(parrafos, Parrafo.fila(celdas), caracteres, nombre);
            }
          }
        }
      }
      if (parrafos.isEmpty()) {
        throw new InformeIlegible(nombre + " no tiene texto: el documento está vacío.");
      }
      return TextoDelInforme.depurado(parrafos);
    } catch (InformeIlegible ilegible) {
      throw ilegible;
    } catch (Exception | LinkageError danado) {
      if (danado.getClass().getSimpleName().contains("OLE2")) {
        throw new InformeIlegible(
            nombre + " parece un libro de Excel o un documento antiguo, no un .docx de Word.",
            danado);
      }
      throw new InformeIlegible(
          nombre
              + " no se pudo abrir como documento de Word (.docx): el archivo está dañado o no es"
              + " un .docx. Ábralo en Word, guárdelo de nuevo como .docx (o como PDF) y vuelva a"
              + " subirlo.",
          danado);
    }
  }

  private static Parrafo parrafo(XWPFParagraph p, Map<String, Integer> contadores) {
    String texto = p.getText().replace('\u00A0', ' ').replaceAll("[\\t ]+", " ").strip();
    if (texto.isEmpty()) {
      return null;
    }
    if (p.getNumID() != null) {
      String formato = p.getNumFmt();
      if (formato != null && formato.toLowerCase().contains("decimal")) {
        String lista = p.getNumID() + "/" + p.getNumIlvl();
        int numero = contadores.merge(lista, 1, Integer::sum);
        return Parrafo.lista(numero + ". " + texto);
      }
      return Parrafo.lista("- " + texto);
    }
    if (texto.matches("^(?:[-•▪◦·]|\\d{1,3}[.)])\\s+\\S.*")) {
      return Parrafo.lista(texto);
    }
    return Parrafo.texto(texto);
  }

  private static void agregar(
      List<Parrafo> parrafos, Parrafo parrafo, int[] caracteres, String nombre) {
    if (parrafo == null) {
      return;
    }
    caracteres[0] += parrafo.texto().length();
    if (caracteres[0] > TextoDelInforme.LIMITE_CARACTERES) {
      throw demasiadoTexto(nombre);
    }
    parrafos.add(parrafo);
  }

  // ---- pdf ----

  private static TextoDelInforme pdf(Path archivo, String nombre) {
    try (PDDocument documento =
        Loader.loadPDF(archivo.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      int paginas = documento.getNumberOfPages();
      if (paginas > PAGINAS_MAXIMAS) {
        throw new InformeIlegible(
            nombre
                + " tiene "
                + paginas
                + " páginas; se leen informes de hasta "
                + PAGINAS_MAXIMAS
                + ".");
      }
      PDFTextStripper extractor = new PDFTextStripper();
      extractor.setSortByPosition(true);
      extractor.setLineSeparator(" ");
      extractor.setParagraphEnd("\n");
      extractor.setPageEnd("\n");
      String texto = extractor.getText(documento);
      if (texto.length() > TextoDelInforme.LIMITE_CARACTERES) {
        throw demasiadoTexto(nombre);
      }
      if (texto.isBlank()) {
        throw new InformeIlegible(
            nombre
                + " es un PDF sin texto: parece un documento escaneado (solo imágenes). El lector"
                + " no reconoce texto en imágenes; suba el .docx original o un PDF exportado desde"
                + " Word.");
      }
      return TextoDelInforme.deTexto(texto);
    } catch (InformeIlegible ilegible) {
      throw ilegible;
    } catch (InvalidPasswordException cifrado) {
      throw new InformeIlegible(
          nombre + " es un PDF protegido con contraseña: súbalo sin protección.", cifrado);
    } catch (Exception | LinkageError danado) {
      throw new InformeIlegible(
          nombre
              + " no se pudo abrir como PDF: el archivo está dañado o incompleto. Expórtelo de nuevo"
              + " desde Word y vuelva a subirlo.",
          danado);
    }
  }

  private static InformeIlegible demasiadoTexto(String nombre) {
    return new InformeIlegible(
        nombre
            + " tiene más de "
            + TextoDelInforme.LIMITE_CARACTERES
            + " caracteres de texto: es demasiado largo para un informe mensual.");
  }
}
