package mx.seguimientoprep.hoja;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Una fila de datos de una hoja, independiente del formato del archivo: su número como lo muestra
 * Excel (o la línea del TSV) y los valores no vacíos de sus columnas conocidas, por nombre
 * canónico.
 */
public record Fila(Hoja hoja, int numero, Map<String, Celda> valores) {

  public Fila {
    Objects.requireNonNull(hoja, "hoja");
    valores = Collections.unmodifiableMap(new LinkedHashMap<>(valores));
  }

  /** La celda de la columna de nombre canónico {@code columna}, si tiene valor. */
  public Optional<Celda> celda(String columna) {
    return Optional.ofNullable(valores.get(hoja.columna(columna).nombre()));
  }

  /** El texto de la columna como se ve en la hoja, o {@code null} si está vacía. */
  public String texto(String columna) {
    return celda(columna).map(Celda::texto).orElse(null);
  }

  public boolean tiene(String columna) {
    return celda(columna).isPresent();
  }
}
