package mx.seguimientoprep.hoja.exportacion;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import mx.seguimientoprep.hoja.Hoja;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Escribe el libro de seguimiento en streaming (SXSSF): {@code Resumen}, {@code Procesos}, {@code
 * Acuerdos}, {@code Oficios}, {@code Sesiones}, {@code Entregables}, {@code COTAPREP} y {@code
 * Catálogo}, con los encabezados de {@link Hoja}, fechas reales {@code dd/mm/aaaa}, encabezado en
 * negrita y fijo, columnas a la medida, filtros y listas desplegables en las columnas de valores
 * fijos.
 *
 * <p>En memoria solo están las últimas {@value #VENTANA} filas de la hoja que se escribe; las demás
 * pasan a archivos temporales, que se borran al terminar, salga bien o mal. Importar el libro
 * escrito no cambia nada: cada valor va en la forma que la lectura entiende igual.
 *
 * <p>No guarda estado entre escrituras: una instancia sirve para varias exportaciones a la vez.
 */
public final class WorkbookWriter {

  /** El tipo de contenido de un {@code .xlsx}, para la respuesta HTTP. */
  public static final String TIPO_DE_CONTENIDO =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Las filas de una hoja que SXSSF conserva en memoria antes de pasarlas a disco. */
  public static final int VENTANA = 100;

  private final int ventana;

  public WorkbookWriter() {
    this(VENTANA);
  }

  WorkbookWriter(int ventana) {
    if (ventana < 1) {
      throw new IllegalArgumentException("La ventana debe ser de al menos una fila.");
    }
    this.ventana = ventana;
  }

  /**
   * Escribe el libro en {@code salida}, que no se cierra. Recorre cada {@link Iterable} del
   * contenido una sola vez.
   */
  public void escribir(ContenidoExportacion contenido, OutputStream salida) throws IOException {
    Objects.requireNonNull(contenido, "contenido");
    Objects.requireNonNull(salida, "salida");
    try (SXSSFWorkbook libro = new SXSSFWorkbook(null, ventana, false, false)) {
      libro.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Seguimiento PREP");
      Estilos estilos = new Estilos(libro);
      ResumenWriter.escribir(libro, estilos, contenido);
      datos(libro, estilos, ColumnasDeRegistros.PROCESOS, contenido.procesos());
      datos(libro, estilos, ColumnasDeRegistros.ACUERDOS, contenido.acuerdos());
      datos(libro, estilos, ColumnasDeRegistros.OFICIOS, contenido.oficios());
      datos(libro, estilos, ColumnasDeRegistros.SESIONES, contenido.sesiones());
      datos(libro, estilos, ColumnasDeRegistros.ENTREGABLES, contenido.entregables());
      datos(libro, estilos, ColumnasDeRegistros.COTAPREP, contenido.integrantes());
      CatalogoWriter.escribir(libro, estilos, contenido);
      libro.write(salida);
    }
  }

  private static <T> void datos(
      SXSSFWorkbook libro, Estilos estilos, ColumnasDeHoja<T> columnas, Iterable<T> registros) {
    SheetWriter hoja = new SheetWriter(libro, columnas.hoja().nombre(), estilos);
    hoja.tabla(columnas, registros);
    hoja.terminar(0);
  }
}
