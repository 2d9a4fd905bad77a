package mx.seguimientoprep.hoja;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Los límites de {@link Limites} sobre el XML de una hoja, aplicados antes de que el manejador de
 * POI acumule nada: se pone entre el parser y ese manejador, cuenta las celdas de cada fila, los
 * caracteres de cada texto y los de toda la hoja, y detiene la lectura ({@link LimiteExcedido}) en
 * cuanto uno se rebasa. {@link #entrada} acota además los bytes descomprimidos de la parte. Lo
 * demás del documento pasa tal cual al manejador ({@link XMLFilterImpl} lo delega).
 */
final class XmlAcotado extends XMLFilterImpl {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final String hoja;
  private final Limites limites;
  private int fila;
  private int celdas;
  private long texto;
  private long total;

  XmlAcotado(ContentHandler destino, String hoja, Limites limites) {
    setContentHandler(destino);
    this.hoja = hoja;
    this.limites = limites;
  }

  /** El XML de una parte, que se detiene al rebasar {@link Limites#bytesPorParte()}. */
  static InputStream entrada(InputStream xml, String parte, Limites limites) {
    return new FilterInputStream(xml) {
      private long leidos;

      @Override
      public int read() throws IOException {
        int b = super.read();
        contar(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] bytes, int desde, int cuantos) throws IOException {
        int n = super.read(bytes, desde, cuantos);
        contar(Math.max(n, 0));
        return n;
      }

      private void contar(int n) {
        leidos += n;
        if (leidos > limites.bytesPorParte()) {
          throw new LimiteExcedido(
              Hallazgo.delLibro(
                  parte
                      + " del libro ocupa descomprimida más de "
                      + cifra(limites.bytesPorParte() >> 20)
                      + " MB; no es un libro de seguimiento o está dañado."));
        }
      }
    };
  }

  static String cifra(long n) {
    return String.format(ES_MX, "%,d", n);
  }

  private LimiteExcedido enLaFila(String mensaje) {
    return new LimiteExcedido(new Hallazgo(hoja, fila, null, null, mensaje));
  }

  @Override
  public void startElement(String uri, String local, String nombre, Attributes atributos)
      throws SAXException {
    texto = 0;
    if ("row".equals(local)) {
      celdas = 0;
      fila = renglon(atributos.getValue("r"), fila + 1);
    } else if ("c".equals(local) && ++celdas > limites.celdasPorFila()) {
      throw enLaFila(
          "La fila tiene más de "
              + cifra(limites.celdasPorFila())
              + " celdas; la hoja «"
              + hoja
              + "» tiene una docena de columnas. Borra las celdas de más.");
    }
    super.startElement(uri, local, nombre, atributos);
  }

  @Override
  public void characters(char[] caracteres, int inicio, int longitud) throws SAXException {
    texto += longitud;
    total += longitud;
    if (texto > limites.caracteresPorTexto()) {
      throw enLaFila(
          "Una celda tiene más de "
              + cifra(limites.caracteresPorTexto())
              + " caracteres (Excel admite "
              + cifra(limites.caracteresPorCelda())
              + "); no se leyó el libro.");
    }
    if (total > limites.caracteresPorHoja()) {
      throw new LimiteExcedido(
          Hallazgo.deLaHoja(
              hoja,
              "La hoja «"
                  + hoja
                  + "» tiene más de "
                  + cifra(limites.caracteresPorHoja())
                  + " caracteres en sus celdas, el máximo que se acepta; divide el libro en"
                  + " varios."));
    }
    super.characters(caracteres, inicio, longitud);
  }

  @Override
  public void endElement(String uri, String local, String nombre) throws SAXException {
    texto = 0;
    super.endElement(uri, local, nombre);
  }

  private static int renglon(String r, int siguiente) {
    if (r == null || r.isEmpty() || r.length() > 9) {
      return siguiente;
    }
    for (int i = 0; i < r.length(); i++) {
      if (r.charAt(i) < '0' || r.charAt(i) > '9') {
        return siguiente;
      }
    }
    return Integer.parseInt(r);
  }
}
