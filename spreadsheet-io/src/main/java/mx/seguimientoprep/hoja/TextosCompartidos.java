package mx.seguimientoprep.hoja;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * La tabla de textos compartidos del libro ({@code sharedStrings.xml}), leída en streaming como la
 * lee {@code ReadOnlySharedStringsTable} de POI, pero que entrega cada texto como un {@link
 * RichTextString} mínimo en lugar de construir, para cada celda, un {@code XSSFRichTextString}
 * respaldado por XmlBeans: eso era la cuarta parte del tiempo de leer un libro grande.
 *
 * <p>Lo que se conserva de POI: el parser endurecido de {@link XMLHelper} (sin DTD ni entidades
 * externas), el texto de todas las corridas ({@code <r><t>}) de cada elemento {@code <si>}, y la
 * decodificación de los caracteres que OOXML escribe como {@code _xHHHH_}, que se hace una vez por
 * texto distinto. Lo que cambia: las guías fonéticas ({@code <rPh>}, furigana) no se agregan al
 * texto, porque Excel no las muestra como parte del valor de la celda.
 */
final class TextosCompartidos extends DefaultHandler implements SharedStrings {

  private static final String ESPACIO_SPREADSHEETML =
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final Pattern CARACTER_ESCAPADO = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /** Solo como guía para reservar la lista: un archivo dañado puede declarar cualquier número. */
  private static final int RESERVA_MAXIMA = 100_000;

  private final Limites limites;
  private final List<String> textos = new ArrayList<>();
  private long caracteresLeidos;
  private int cuenta;
  private int cuentaUnicos;

  private final StringBuilder actual = new StringBuilder(64);
  private boolean enTexto;
  private boolean enFonetica;

  private TextosCompartidos(Limites limites) {
    this.limites = limites;
  }

  /**
   * La tabla del paquete; vacía si el libro no tiene textos compartidos. Se detiene ({@link
   * LimiteExcedido}) si rebasa los {@link Limites}: cuántos textos, los caracteres de uno, los de
   * todos y los bytes de la parte.
   */
  static TextosCompartidos de(OPCPackage paquete, Limites limites)
      throws IOException, SAXException, ParserConfigurationException {
    TextosCompartidos tabla = new TextosCompartidos(limites);
    List<PackagePart> partes =
        paquete.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (!partes.isEmpty()) {
      try (InputStream xml =
          XmlAcotado.entrada(
              partes.get(0).getInputStream(), "La tabla de textos compartidos", limites)) {
        tabla.leer(xml);
      }
    }
    return tabla;
  }

  private void leer(InputStream xml)
      throws IOException, SAXException, ParserConfigurationException {
    PushbackInputStream conPrueba = new PushbackInputStream(xml, 1);
    int primero = conPrueba.read();
    if (primero == -1) {
      return;
    }
    conPrueba.unread(primero);
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(this);
    parser.parse(new InputSource(conPrueba));
  }

  @Override
  public RichTextString getItemAt(int indice) {
    if (indice < 0 || indice >= textos.size()) {
      throw new IllegalStateException(
          "El libro cita el texto compartido " + indice + " y solo tiene " + textos.size() + ".");
    }
    return new Texto(textos.get(indice));
  }

  @Override
  public int getCount() {
    return cuenta;
  }

  @Override
  public int getUniqueCount() {
    return cuentaUnicos;
  }

  @Override
  public void startElement(String uri, String local, String nombre, Attributes atributos) {
    if (uri != null && !uri.equals(ESPACIO_SPREADSHEETML)) {
      return;
    }
    switch (local) {
      case "sst" -> {
        cuenta = entero(atributos.getValue("count"));
        cuentaUnicos = entero(atributos.getValue("uniqueCount"));
        textos.clear();
        ((ArrayList<String>) textos).ensureCapacity(Math.min(cuentaUnicos, RESERVA_MAXIMA));
      }
      case "si" -> actual.setLength(0);
      case "t" -> enTexto = true;
      case "rPh" -> enFonetica = true;
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String local, String nombre) {
    if (uri != null && !uri.equals(ESPACIO_SPREADSHEETML)) {
      return;
    }
    switch (local) {
      case "si" -> {
        if (textos.size() >= limites.textosCompartidos()) {
          throw limite(
              "tiene más de "
                  + XmlAcotado.cifra(limites.textosCompartidos())
                  + " textos distintos");
        }
        textos.add(decodificado(actual.toString()));
      }
      case "t" -> enTexto = false;
      case "rPh" -> enFonetica = false;
      default -> {}
    }
  }

  @Override
  public void characters(char[] caracteres, int inicio, int longitud) {
    if (enTexto && !enFonetica) {
      caracteresLeidos += longitud;
      if (actual.length() + longitud > limites.caracteresPorTexto()) {
        throw limite(
            "tiene un texto de más de "
                + XmlAcotado.cifra(limites.caracteresPorTexto())
                + " caracteres (una celda de Excel admite "
                + XmlAcotado.cifra(limites.caracteresPorCelda())
                + ")");
      }
      if (caracteresLeidos > limites.caracteresCompartidos()) {
        throw limite(
            "tiene más de "
                + XmlAcotado.cifra(limites.caracteresCompartidos())
                + " caracteres, el máximo que se acepta; divide el libro en varios");
      }
      actual.append(caracteres, inicio, longitud);
    }
  }

  private static LimiteExcedido limite(String problema) {
    return new LimiteExcedido(
        Hallazgo.delLibro(
            "La tabla de textos compartidos del libro " + problema + "; no se leyó el libro."));
  }

  private static int entero(String valor) {
    if (valor == null) {
      return 0;
    }
    try {
      return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Long.parseLong(valor.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** {@code _x000D_} es el retorno de carro, que XML 1.0 no admite tal cual (OOXML 3.18.9). */
  static String decodificado(String valor) {
    if (!valor.contains("_x")) {
      return valor;
    }
    Matcher escapado = CARACTER_ESCAPADO.matcher(valor);
    StringBuilder texto = new StringBuilder(valor.length());
    int desde = 0;
    while (escapado.find()) {
      texto.append(valor, desde, escapado.start());
      texto.append((char) Integer.parseInt(escapado.group(1), 16));
      desde = escapado.end();
    }
    if (desde == 0) {
      return valor;
    }
    return texto.append(valor, desde, valor.length()).toString();
  }

  /** Un texto sin formato: XSSFSheetXMLHandler solo le pide {@code toString()}. */
  private record Texto(String valor) implements RichTextString {

    @Override
    public String getString() {
      return valor;
    }

    @Override
    public String toString() {
      return valor;
    }

    @Override
    public int length() {
      return valor.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int indice) {
      return 0;
    }

    @Override
    public void applyFont(int inicio, int fin, short fuente) {
      throw soloLectura();
    }

    @Override
    public void applyFont(int inicio, int fin, Font fuente) {
      throw soloLectura();
    }

    @Override
    public void applyFont(Font fuente) {
      throw soloLectura();
    }

    @Override
    public void clearFormatting() {
      throw soloLectura();
    }

    @Override
    public void applyFont(short fuente) {
      throw soloLectura();
    }

    private static UnsupportedOperationException soloLectura() {
      return new UnsupportedOperationException("Los textos leídos del libro no se modifican.");
    }
  }
}
