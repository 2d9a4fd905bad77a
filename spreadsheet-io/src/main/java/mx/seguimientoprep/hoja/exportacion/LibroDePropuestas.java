package mx.seguimientoprep.hoja.exportacion;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.hoja.Columna;
import mx.seguimientoprep.hoja.Hoja;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Un libro en el formato de importación con filas que no vienen de la base (las propuestas de un
 * informe narrativo): las columnas de cada hoja en su orden y, al final, las columnas extra que se
 * pidan ({@code Fuente}, {@code Certeza}). Quien lo corrige en Excel lo sube como cualquier libro;
 * las columnas extra se ignoran con una advertencia. Todo valor se escribe como texto: nada se
 * evalúa.
 */
public final class LibroDePropuestas {

  /** Una fila para una hoja: valores por nombre canónico de columna (y de las columnas extra). */
  public record FilaPropuesta(Hoja hoja, Map<String, String> valores) {}

  private final List<String> extra;

  public LibroDePropuestas(List<String> columnasExtra) {
    this.extra = List.copyOf(columnasExtra);
  }

  public void escribir(List<FilaPropuesta> filas, OutputStream salida) throws IOException {
    Map<Hoja, List<FilaPropuesta>> porHoja = new EnumMap<>(Hoja.class);
    for (FilaPropuesta fila : filas) {
      porHoja.computeIfAbsent(fila.hoja(), h -> new ArrayList<>()).add(fila);
    }
    try (SXSSFWorkbook libro = new SXSSFWorkbook(100)) {
      CellStyle encabezado = libro.createCellStyle();
      Font negrita = libro.createFont();
      negrita.setBold(true);
      encabezado.setFont(negrita);
      for (Hoja hoja : Hoja.values()) {
        if (!hoja.importable()) {
          continue;
        }
        Sheet hojaExcel = libro.createSheet(hoja.nombre());
        List<String> columnas = new ArrayList<>();
        for (Columna columna : hoja.columnas()) {
          columnas.add(columna.nombre());
        }
        columnas.addAll(extra);
        Row titulos = hojaExcel.createRow(0);
        for (int c = 0; c < columnas.size(); c++) {
          Cell celda = titulos.createCell(c);
          celda.setCellValue(columnas.get(c));
          celda.setCellStyle(encabezado);
        }
        int numero = 1;
        for (FilaPropuesta fila : porHoja.getOrDefault(hoja, List.of())) {
          Row renglon = hojaExcel.createRow(numero++);
          for (int c = 0; c < columnas.size(); c++) {
            String valor = fila.valores().get(columnas.get(c));
            if (valor != null && !valor.isEmpty()) {
              renglon.createCell(c).setCellValue(valor);
            }
          }
        }
      }
      libro.write(salida);
    }
  }
}
