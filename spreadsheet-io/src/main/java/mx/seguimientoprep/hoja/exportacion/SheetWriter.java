package mx.seguimientoprep.hoja.exportacion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.seguimientoprep.hoja.exportacion.ColumnaExportada.Formato;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Escribe una hoja fila por fila sobre SXSSF: cada fila pasa a disco en cuanto sale de la ventana,
 * así que la memoria no crece con los registros. Como una fila escrita ya no se puede volver a
 * leer, el ancho de cada columna se calcula al pasar (el valor más largo, con tope) y se aplica al
 * final, junto con el encabezado fijo, el filtro y las listas desplegables de la tabla.
 */
final class SheetWriter {

  /**
   * El ancho máximo de una columna, en caracteres; un texto más largo se ajusta en varias líneas.
   */
  static final int ANCHO_MAXIMO = 60;

  /** Lo más que crece una fila, en líneas; el resto del texto se ve al seleccionar la celda. */
  static final int LINEAS_MAXIMAS = 12;

  private static final int ANCHO_MINIMO = 6;
  private static final int ANCHO_PREDETERMINADO = 9;
  private static final int ANCHO_DE_FECHA = 10;

  /** Lo que ocupa la flecha del filtro junto al texto del encabezado. */
  private static final int MARGEN_DEL_FILTRO = 3;

  private static final float PUNTOS_POR_LINEA = 15f;

  private final SXSSFSheet hoja;
  private final Estilos estilos;
  private int siguienteFila;
  private int[] anchos = new int[8];
  private int filaEncabezado = -1;
  private int columnasDeLaTabla;
  private int ultimaFilaDeLaTabla;
  private final List<ListaDesplegable> listas = new ArrayList<>();

  private record ListaDesplegable(int columna, String encabezado, List<String> valores) {}

  SheetWriter(SXSSFWorkbook libro, String nombre, Estilos estilos) {
    this.hoja = libro.createSheet(nombre);
    this.estilos = estilos;
  }

  /** El índice, desde 0, de la fila que se escribirá enseguida. */
  int siguienteFila() {
    return siguienteFila;
  }

  void saltar(int filas) {
    siguienteFila += filas;
  }

  /**
   * Una fila de título; no cuenta para el ancho de la columna, el texto se desborda a la derecha.
   */
  void titulo(String texto) {
    Row fila = hoja.createRow(siguienteFila++);
    Cell celda = fila.createCell(0);
    celda.setCellValue(texto);
    celda.setCellStyle(estilos.titulo);
  }

  /** Una fila de texto suelto, como {@link #titulo} pero con la letra normal. */
  void nota(String texto) {
    Row fila = hoja.createRow(siguienteFila++);
    fila.createCell(0).setCellValue(texto);
  }

  /**
   * La tabla principal de la hoja: encabezado y una fila por registro. Su encabezado queda fijo y
   * con filtro, y sus columnas de valores fijos, con lista desplegable.
   */
  <T> void tabla(ColumnasDeHoja<T> columnas, Iterable<? extends T> registros) {
    List<ColumnaExportada<T>> lista = columnas.columnas();
    filaEncabezado = encabezado(lista.stream().map(ColumnaExportada::encabezado).toArray());
    columnasDeLaTabla = lista.size();
    for (int i = 0; i < lista.size(); i++) {
      if (!lista.get(i).valoresPermitidos().isEmpty()) {
        listas.add(
            new ListaDesplegable(i, lista.get(i).encabezado(), lista.get(i).valoresPermitidos()));
      }
    }
    for (T registro : registros) {
      Row fila = hoja.createRow(siguienteFila++);
      int lineas = 1;
      for (int i = 0; i < lista.size(); i++) {
        ColumnaExportada<T> columna = lista.get(i);
        lineas = Math.max(lineas, escribir(fila, i, columna.valorDe(registro), columna.formato()));
      }
      altura(fila, lineas);
    }
    ultimaFilaDeLaTabla = siguienteFila - 1;
  }

  /**
   * Una fila de encabezados en negrita; un {@code null} deja su columna vacía.
   *
   * @return el índice de la fila
   */
  int encabezado(Object... encabezados) {
    int indice = siguienteFila++;
    Row fila = hoja.createRow(indice);
    for (int i = 0; i < encabezados.length; i++) {
      if (encabezados[i] != null) {
        String texto = encabezados[i].toString();
        Cell celda = fila.createCell(i);
        celda.setCellValue(texto);
        celda.setCellStyle(estilos.encabezado);
        medir(i, texto.length() + MARGEN_DEL_FILTRO);
      }
    }
    return indice;
  }

  /**
   * Una fila suelta, fuera de la tabla; cada valor se escribe según su tipo y un {@code null} deja
   * la celda vacía.
   *
   * @return el índice de la fila
   */
  int fila(Object... valores) {
    int indice = siguienteFila++;
    Row fila = hoja.createRow(indice);
    for (int i = 0; i < valores.length; i++) {
      Object valor = valores[i];
      Formato formato =
          valor instanceof LocalDate
              ? Formato.FECHA
              : valor instanceof Number ? Formato.ENTERO : Formato.TEXTO;
      escribir(fila, i, valor, formato);
    }
    return indice;
  }

  /**
   * Aplica lo que solo se sabe al final: anchos, encabezado fijo (y las primeras {@code
   * columnasFijas} columnas), filtro y listas desplegables.
   */
  void terminar(int columnasFijas) {
    for (int i = 0; i < anchos.length; i++) {
      if (anchos[i] > 0) {
        hoja.setColumnWidth(i, ancho(i) * 256);
      }
    }
    if (filaEncabezado < 0) {
      return;
    }
    hoja.createFreezePane(columnasFijas, filaEncabezado + 1);
    hoja.setAutoFilter(
        new CellRangeAddress(filaEncabezado, ultimaFilaDeLaTabla, 0, columnasDeLaTabla - 1));
    DataValidationHelper ayuda = hoja.getDataValidationHelper();
    int ultimaFilaDeExcel = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    for (ListaDesplegable lista : listas) {
      DataValidation validacion =
          ayuda.createValidation(
              ayuda.createExplicitListConstraint(lista.valores().toArray(String[]::new)),
              new CellRangeAddressList(
                  filaEncabezado + 1, ultimaFilaDeExcel, lista.columna(), lista.columna()));
      validacion.setSuppressDropDownArrow(true);
      validacion.setEmptyCellAllowed(true);
      validacion.setErrorStyle(DataValidation.ErrorStyle.STOP);
      validacion.setShowErrorBox(true);
      validacion.createErrorBox(
          "Valor no válido",
          "«" + lista.encabezado() + "» admite solo: " + String.join(", ", lista.valores()) + ".");
      hoja.addValidationData(validacion);
    }
  }

  /**
   * El ancho, en caracteres, que tendrá la columna con lo escrito hasta ahora: su valor más largo y
   * un carácter de margen, entre un mínimo y {@link #ANCHO_MAXIMO}; una columna vacía conserva el
   * ancho predeterminado de Excel.
   */
  int ancho(int columna) {
    int medido = columna < anchos.length ? anchos[columna] : 0;
    if (medido == 0) {
      return ANCHO_PREDETERMINADO;
    }
    return Math.max(ANCHO_MINIMO, Math.min(ANCHO_MAXIMO, medido + 1));
  }

  /**
   * Escribe una celda y devuelve cuántas líneas ocupa su texto.
   *
   * <p>Un texto siempre va como celda de texto, nunca como fórmula, empiece con lo que empiece.
   */
  private int escribir(Row fila, int columna, Object valor, Formato formato) {
    if (valor == null || (valor instanceof String texto && texto.isEmpty())) {
      return 1;
    }
    Cell celda = fila.createCell(columna);
    if (valor instanceof LocalDate fecha) {
      celda.setCellValue(fecha);
      celda.setCellStyle(estilos.fecha);
      medir(columna, ANCHO_DE_FECHA);
      return 1;
    }
    if (valor instanceof Number numero) {
      celda.setCellValue(numero.doubleValue());
      celda.setCellStyle(estilos.entero);
      medir(columna, Long.toString(numero.longValue()).length());
      return 1;
    }
    String texto = valor.toString();
    celda.setCellValue(texto);
    boolean literal = pareceFormula(texto);
    if (formato == Formato.PARRAFO) {
      celda.setCellStyle(literal ? estilos.parrafoLiteral : estilos.parrafo);
      return medirParrafo(columna, texto);
    }
    celda.setCellStyle(literal ? estilos.textoLiteral : estilos.texto);
    medir(columna, texto.length());
    return 1;
  }

  /** Un texto que Excel, al editarlo, tomaría por fórmula o que empieza con un control. */
  private static boolean pareceFormula(String texto) {
    char primero = texto.charAt(0);
    return primero == '='
        || primero == '+'
        || primero == '-'
        || primero == '@'
        || primero == '\t'
        || primero == '\r';
  }

  /** Mide la línea más larga y cuenta las líneas que ocupará el texto ajustado al ancho máximo. */
  private int medirParrafo(int columna, String texto) {
    int lineas = 0;
    int masLarga = 0;
    int inicio = 0;
    while (inicio <= texto.length()) {
      int fin = texto.indexOf('\n', inicio);
      if (fin < 0) {
        fin = texto.length();
      }
      int largo = fin - inicio;
      masLarga = Math.max(masLarga, largo);
      lineas += Math.max(1, (largo + ANCHO_MAXIMO - 1) / ANCHO_MAXIMO);
      inicio = fin + 1;
    }
    medir(columna, masLarga);
    return lineas;
  }

  private void altura(Row fila, int lineas) {
    if (lineas > 1) {
      fila.setHeightInPoints(Math.min(lineas, LINEAS_MAXIMAS) * PUNTOS_POR_LINEA);
    }
  }

  private void medir(int columna, int caracteres) {
    if (columna >= anchos.length) {
      anchos = Arrays.copyOf(anchos, Math.max(columna + 1, anchos.length * 2));
    }
    anchos[columna] = Math.max(anchos[columna], caracteres);
  }
}
