package mx.seguimientoprep.hoja.exportacion;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Los estilos del libro, creados una sola vez: un libro admite pocos miles y cada celda solo apunta
 * a uno. Todas las celdas de datos se alinean arriba, para que una fila alta se lea de arriba
 * abajo.
 */
final class Estilos {

  /** El formato de las fechas: lo que la persona ve y lo que la lectura reconoce como fecha. */
  static final String FORMATO_FECHA = "dd/mm/yyyy";

  final CellStyle titulo;
  final CellStyle encabezado;
  final CellStyle texto;
  final CellStyle parrafo;
  final CellStyle fecha;
  final CellStyle entero;

  /**
   * Texto que Excel tomaría por fórmula ({@code =}, {@code +}, {@code -}, {@code @}): la celda ya
   * es de texto, y el prefijo de comilla hace que siga siéndolo si alguien la edita.
   */
  final CellStyle textoLiteral;

  final CellStyle parrafoLiteral;

  Estilos(Workbook libro) {
    Font negrita = libro.createFont();
    negrita.setBold(true);
    Font grande = libro.createFont();
    grande.setBold(true);
    grande.setFontHeightInPoints((short) 14);

    titulo = libro.createCellStyle();
    titulo.setFont(grande);

    encabezado = libro.createCellStyle();
    encabezado.setFont(negrita);
    encabezado.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    encabezado.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    encabezado.setBorderBottom(BorderStyle.THIN);
    encabezado.setVerticalAlignment(VerticalAlignment.CENTER);

    texto = arriba(libro);
    textoLiteral = arriba(libro);
    textoLiteral.setQuotePrefixed(true);
    parrafo = arriba(libro);
    parrafo.setWrapText(true);
    parrafoLiteral = arriba(libro);
    parrafoLiteral.setWrapText(true);
    parrafoLiteral.setQuotePrefixed(true);
    fecha = arriba(libro);
    fecha.setDataFormat(libro.createDataFormat().getFormat(FORMATO_FECHA));
    entero = arriba(libro);
    entero.setDataFormat(libro.createDataFormat().getFormat("0"));
  }

  private static CellStyle arriba(Workbook libro) {
    CellStyle estilo = libro.createCellStyle();
    estilo.setVerticalAlignment(VerticalAlignment.TOP);
    return estilo;
  }
}
