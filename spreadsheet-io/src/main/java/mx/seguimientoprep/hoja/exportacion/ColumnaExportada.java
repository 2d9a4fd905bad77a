package mx.seguimientoprep.hoja.exportacion;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Una columna que se escribe: su encabezado, cómo se muestra su valor y de dónde sale en cada
 * registro. Los valores son {@link String}, {@link java.time.LocalDate}, {@link Number} o {@code
 * null} (celda vacía).
 *
 * @param valoresPermitidos las etiquetas de una columna de valores fijos, para su lista
 *     desplegable; vacía en las demás
 */
record ColumnaExportada<T>(
    String encabezado,
    Formato formato,
    Function<? super T, ?> valor,
    List<String> valoresPermitidos) {

  /** Cómo se muestra el valor de una columna. */
  enum Formato {
    /** Una línea de texto. */
    TEXTO,
    /** Texto largo o de varias líneas: la celda ajusta el texto y la fila crece. */
    PARRAFO,
    /** Una fecha real de Excel, {@code dd/mm/aaaa}. */
    FECHA,
    /** Un número entero. */
    ENTERO
  }

  ColumnaExportada {
    Objects.requireNonNull(encabezado, "encabezado");
    Objects.requireNonNull(formato, "formato");
    Objects.requireNonNull(valor, "valor");
    valoresPermitidos = List.copyOf(valoresPermitidos);
  }

  Object valorDe(T registro) {
    return valor.apply(registro);
  }
}
