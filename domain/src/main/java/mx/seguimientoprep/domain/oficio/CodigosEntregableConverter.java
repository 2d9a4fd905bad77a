package mx.seguimientoprep.domain.oficio;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Guarda la lista de códigos de entregable de un oficio en una columna: `E04,E16`. */
@Converter
public class CodigosEntregableConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> codigos) {
    return codigos == null || codigos.isEmpty() ? null : String.join(",", codigos);
  }

  @Override
  public List<String> convertToEntityAttribute(String valor) {
    if (valor == null || valor.isBlank()) {
      return List.of();
    }
    return Arrays.stream(valor.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }
}
