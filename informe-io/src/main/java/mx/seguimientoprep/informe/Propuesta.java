package mx.seguimientoprep.informe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Un registro que el informe propone: la hoja del libro a la que pertenece, su clave natural (el
 * número del oficio, la clave del acuerdo, el órgano, tipo y fecha de la sesión…), los valores de
 * las columnas de esa hoja con sus nombres canónicos ({@code docs/workbook.md}), el enunciado del
 * informe de donde salió y la certeza.
 */
public record Propuesta(
    String hoja, String clave, Map<String, String> campos, String fuente, Certeza certeza) {

  public Propuesta {
    Objects.requireNonNull(hoja, "hoja");
    Objects.requireNonNull(clave, "clave");
    Objects.requireNonNull(certeza, "certeza");
    LinkedHashMap<String, String> sinVacios = new LinkedHashMap<>();
    campos.forEach(
        (columna, valor) -> {
          if (valor != null && !valor.isBlank()) {
            sinVacios.put(columna, valor.strip());
          }
        });
    campos = Collections.unmodifiableMap(sinVacios);
    fuente = fuente == null ? "" : fuente;
  }

  /** El valor de una columna, o {@code null} si la propuesta no lo trae. */
  public String campo(String columna) {
    return campos.get(columna);
  }

  /** La misma propuesta con otro valor en una columna ({@code null} lo quita). */
  public Propuesta con(String columna, String valor) {
    LinkedHashMap<String, String> otros = new LinkedHashMap<>(campos);
    otros.put(columna, valor);
    return new Propuesta(hoja, clave, otros, fuente, certeza);
  }
}
