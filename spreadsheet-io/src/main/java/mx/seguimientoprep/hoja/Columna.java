package mx.seguimientoprep.hoja;

import java.util.List;
import java.util.Objects;

/**
 * Una columna de una hoja: su nombre canónico (el de {@code workbook.md}, el que lleva la
 * exportación), si es obligatoria y los otros encabezados con que se reconoce.
 */
public record Columna(String nombre, boolean obligatoria, List<String> sinonimos) {

  public Columna {
    Objects.requireNonNull(nombre, "nombre");
    sinonimos = List.copyOf(sinonimos);
  }

  public static Columna obligatoria(String nombre, String... sinonimos) {
    return new Columna(nombre, true, List.of(sinonimos));
  }

  public static Columna opcional(String nombre, String... sinonimos) {
    return new Columna(nombre, false, List.of(sinonimos));
  }
}
