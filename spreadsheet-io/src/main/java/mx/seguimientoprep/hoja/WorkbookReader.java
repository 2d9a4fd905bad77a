package mx.seguimientoprep.hoja;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Lee un libro {@code .xlsx} en streaming con la API de eventos de POI: cada hoja se recorre como
 * XML, renglón por renglón, sin cargar nunca el libro entero. Las protecciones de POI contra bombas
 * de compresión y expansión de entidades quedan activas; cualquier archivo que no se pueda leer se
 * informa como un error en español, nunca como una excepción.
 */
public final class WorkbookReader {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  static final String ES_XLS =
      "El archivo es un libro de Excel 97-2003 (.xls). Ábrelo en Excel y guárdalo como «Libro de"
          + " Excel (.xlsx)» para importarlo.";
  static final String CON_CONTRASENA =
      "El libro está protegido con contraseña. Quítale la contraseña en Excel y guárdalo de nuevo"
          + " para importarlo.";
  static final String VACIO = "El archivo está vacío.";
  static final String ES_ODS =
      "El archivo es un documento OpenDocument (.ods, de LibreOffice u OpenOffice). Ábrelo y"
          + " guárdalo como «Libro de Excel (.xlsx)» para importarlo.";
  static final String NO_ES_XLSX =
      "El archivo no es un libro de Excel (.xlsx). Ábrelo en Excel y guárdalo como «Libro de Excel"
          + " (.xlsx)».";
  static final String DANADO =
      "El archivo está dañado o no es un libro de Excel (.xlsx) válido. Ábrelo en Excel y guárdalo"
          + " de nuevo como «Libro de Excel (.xlsx)».";
  static final String BOMBA =
      "El archivo se rechazó por seguridad: su contenido comprimido se expande de forma"
          + " desproporcionada (posible bomba de compresión).";
  static final String DEMASIADAS_PARTES =
      "El archivo se rechazó por seguridad: contiene demasiadas partes internas para ser un libro"
          + " de seguimiento.";
  static final String XML_PELIGROSO =
      "El archivo se rechazó por seguridad: su XML declara entidades que no se permiten.";

  private final Limites limites;

  public WorkbookReader() {
    this(Limites.PREDETERMINADOS);
  }

  public WorkbookReader(Limites limites) {
    this.limites = limites;
  }

  /**
   * Lee el libro y entrega a {@code destino} sus filas y hallazgos. Un archivo ilegible produce un
   * solo error del libro. Solo se propagan las excepciones del propio {@code destino} y las de
   * entrada y salida del sistema de archivos.
   */
  public void leer(Path archivo, RowHandler destino) {
    Optional<String> formato = problemaDeFormato(archivo);
    if (formato.isPresent()) {
      destino.error(Hallazgo.delLibro(formato.get()));
      return;
    }
    DestinoVigilado vigilado = new DestinoVigilado(destino);
    try (OPCPackage paquete = OPCPackage.open(archivo.toFile(), PackageAccess.READ)) {
      leerPaquete(paquete, vigilado);
    } catch (Exception problema) {
      informar(problema, destino);
    }
  }

  /**
   * Un límite rebasado es un hallazgo; una falla de {@code destino} se propaga tal cual, aunque el
   * parser la haya envuelto; cualquier otra cosa es un archivo ilegible.
   */
  private static void informar(Exception problema, RowHandler destino) {
    for (Throwable causa = problema; causa != null; causa = causa.getCause()) {
      if (causa instanceof FalloDelDestino fallo) {
        throw fallo.getCause();
      }
      if (causa instanceof LimiteExcedido limite) {
        destino.error(limite.hallazgo());
        return;
      }
    }
    destino.error(Hallazgo.delLibro(mensajePara(problema)));
  }

  /** Lo que dicen los primeros bytes: un .xls, un libro cifrado, un archivo vacío u otra cosa. */
  private static Optional<String> problemaDeFormato(Path archivo) {
    try {
      if (Files.size(archivo) == 0) {
        return Optional.of(VACIO);
      }
      FileMagic magia = FileMagic.valueOf(archivo.toFile());
      if (magia == FileMagic.OOXML) {
        return Optional.empty();
      }
      if (magia == FileMagic.OLE2) {
        return Optional.of(cifrado(archivo) ? CON_CONTRASENA : ES_XLS);
      }
      return Optional.of(NO_ES_XLSX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Un .xlsx cifrado viaja dentro de un contenedor OLE2, como un .xls. */
  private static boolean cifrado(Path archivo) {
    try (POIFSFileSystem ole2 = new POIFSFileSystem(archivo.toFile(), true)) {
      return ole2.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void leerPaquete(OPCPackage paquete, RowHandler destino)
      throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
    XSSFReader lector = new XSSFReader(paquete);
    boolean fecha1904 = usaFechas1904(lector);
    SharedStrings textos = TextosCompartidos.de(paquete, limites);
    StylesTable estilos = lector.getStylesTable();
    XSSFReader.SheetIterator hojas = lector.getSheetIterator();
    while (hojas.hasNext()) {
      try (InputStream xml = hojas.next()) {
        Optional<LecturaDeHoja> lectura =
            LecturaDeHoja.dePestana(hojas.getSheetName(), limites, destino);
        if (lectura.isPresent()) {
          leerHoja(xml, estilos, textos, new FormatoConValor(fecha1904), lectura.get(), limites);
        }
      }
    }
  }

  private static void leerHoja(
      InputStream xml,
      StylesTable estilos,
      SharedStrings textos,
      FormatoConValor formato,
      LecturaDeHoja lectura,
      Limites limites)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader parser = XMLHelper.newXMLReader();
    String hoja = lectura.nombre();
    parser.setContentHandler(
        new XmlAcotado(
            new XSSFSheetXMLHandler(
                estilos, null, textos, new Renglones(formato, lectura), formato, false),
            hoja,
            limites));
    parser.parse(new InputSource(XmlAcotado.entrada(xml, "La hoja «" + hoja + "»", limites)));
    lectura.terminar();
  }

  /** El sistema de fechas 1904 (libros antiguos de Mac) se declara en {@code workbook.xml}. */
  private static boolean usaFechas1904(XSSFReader lector)
      throws IOException, SAXException, ParserConfigurationException, InvalidFormatException {
    boolean[] fecha1904 = {false};
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String nombre, Attributes atributos) {
            if ("workbookPr".equals(local)) {
              String valor = atributos.getValue("date1904");
              fecha1904[0] = "1".equals(valor) || "true".equalsIgnoreCase(valor);
            }
          }
        });
    try (InputStream xml = lector.getWorkbookData()) {
      parser.parse(new InputSource(xml));
    }
    return fecha1904[0];
  }

  /** El mensaje para una persona según lo que POI encontró en el archivo. */
  static String mensajePara(Throwable problema) {
    for (Throwable causa = problema; causa != null; causa = causa.getCause()) {
      String mensaje = String.valueOf(causa.getMessage());
      if (causa instanceof EmptyFileException) {
        return VACIO;
      }
      if (causa instanceof ODFNotOfficeXmlFileException) {
        return ES_ODS;
      }
      if (mensaje.contains("Zip bomb detected")) {
        return BOMBA;
      }
      if (mensaje.contains("potentially malicious")) {
        return DEMASIADAS_PARTES;
      }
      if (mensaje.contains("JAXP00010001")
          || mensaje.contains("entity expansion")
          || mensaje.contains("DOCTYPE")) {
        return XML_PELIGROSO;
      }
    }
    return DANADO;
  }

  /**
   * El formateador de POI, que además recuerda el valor numérico de la última celda: POI solo
   * entrega texto, y así una fecha real de Excel llega como fecha y un número como número.
   */
  private static final class FormatoConValor extends DataFormatter {

    private final boolean fecha1904;
    private Celda ultima;

    FormatoConValor(boolean fecha1904) {
      super(ES_MX);
      this.fecha1904 = fecha1904;
    }

    @Override
    public String formatRawCellContents(double valor, int indice, String formato) {
      if (valor >= 1
          && DateUtil.isADateFormat(indice, formato)
          && DateUtil.isValidExcelDate(valor)) {
        LocalDate fecha = DateUtil.getLocalDateTime(valor, fecha1904).toLocalDate();
        Celda.Fecha celda = new Celda.Fecha(fecha);
        ultima = celda;
        return celda.texto();
      }
      String mostrado = super.formatRawCellContents(valor, indice, formato, fecha1904);
      ultima = new Celda.Numero(valor, mostrado);
      return mostrado;
    }

    /** El valor tipado de la celda recién formateada, o nada si era texto. */
    Celda tomar() {
      Celda celda = ultima;
      ultima = null;
      return celda;
    }
  }

  /** Junta las celdas de cada renglón de la hoja y se lo pasa a la lectura. */
  private static final class Renglones implements SheetContentsHandler {

    private static final String ERROR_DE_FORMULA = "ERROR:#";

    private final FormatoConValor formato;
    private final LecturaDeHoja lectura;
    private final SortedMap<Integer, Celda> celdas = new TreeMap<>();
    private final Map<Integer, String> erroresDeFormula = new HashMap<>();
    private int siguienteColumna;

    Renglones(FormatoConValor formato, LecturaDeHoja lectura) {
      this.formato = formato;
      this.lectura = lectura;
    }

    @Override
    public void startRow(int renglon) {
      celdas.clear();
      erroresDeFormula.clear();
      siguienteColumna = 0;
    }

    @Override
    public void cell(String referencia, String valor, XSSFComment comentario) {
      Celda tipada = formato.tomar();
      int columna = referencia == null ? siguienteColumna : columnaDe(referencia);
      siguienteColumna = columna + 1;
      if (valor == null) {
        return;
      }
      if (tipada == null && valor.startsWith(ERROR_DE_FORMULA)) {
        erroresDeFormula.put(columna, valor.substring("ERROR:".length()));
        return;
      }
      celdas.put(columna, tipada != null ? tipada : new Celda.Texto(valor));
    }

    @Override
    public void endRow(int renglon) {
      lectura.renglon(renglon + 1, renglon + 1, celdas, erroresDeFormula);
    }

    /** El índice desde 0 de la columna de una referencia como {@code AB12}. */
    private static int columnaDe(String referencia) {
      int columna = 0;
      for (int i = 0; i < referencia.length() && Character.isLetter(referencia.charAt(i)); i++) {
        columna = columna * 26 + (Character.toUpperCase(referencia.charAt(i)) - 'A' + 1);
      }
      return columna - 1;
    }
  }

  /** Distingue una falla de quien recibe las filas de una falla del archivo. */
  private static final class DestinoVigilado implements RowHandler {

    private final RowHandler destino;

    DestinoVigilado(RowHandler destino) {
      this.destino = destino;
    }

    @Override
    public void fila(Fila fila) {
      try {
        destino.fila(fila);
      } catch (RuntimeException e) {
        throw new FalloDelDestino(e);
      }
    }

    @Override
    public void error(Hallazgo error) {
      try {
        destino.error(error);
      } catch (RuntimeException e) {
        throw new FalloDelDestino(e);
      }
    }

    @Override
    public void advertencia(Hallazgo advertencia) {
      try {
        destino.advertencia(advertencia);
      } catch (RuntimeException e) {
        throw new FalloDelDestino(e);
      }
    }
  }

  private static final class FalloDelDestino extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FalloDelDestino(RuntimeException causa) {
      super(causa);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
