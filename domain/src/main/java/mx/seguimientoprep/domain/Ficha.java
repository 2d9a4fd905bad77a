package mx.seguimientoprep.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Los valores de un registro como los lee una persona, en el orden de las columnas de la hoja:
 * fechas `dd/mm/aaaa`, valores fijos por su etiqueta, vacíos como texto vacío. Con ella se comparan
 * dos versiones de un registro y se escribe el historial.
 */
public final class Ficha {

  private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Map<String, String> valores = new LinkedHashMap<>();

  public Ficha con(String etiqueta, Object valor) {
    valores.put(etiqueta, legible(valor));
    return this;
  }

  public Map<String, String> comoMapa() {
    return new LinkedHashMap<>(valores);
  }

  public static String legible(Object valor) {
    if (valor == null) {
      return "";
    }
    if (valor instanceof LocalDate fecha) {
      return fecha(fecha);
    }
    if (valor instanceof Etiquetado etiquetado) {
      return etiquetado.etiqueta();
    }
    if (valor instanceof Collection<?> coleccion) {
      return coleccion.stream().map(Ficha::legible).collect(Collectors.joining(", "));
    }
    return valor.toString();
  }

  public static String fecha(LocalDate fecha) {
    return fecha == null ? "" : DIA.format(fecha);
  }
}
