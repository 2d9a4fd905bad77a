package mx.seguimientoprep.domain.oficio;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Guarda los anexos de un oficio en una columna, uno por renglón. */
@Converter
public class AnexosConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> anexos) {
    return anexos == null || anexos.isEmpty() ? null : String.join("\n", anexos);
  }

  @Override
  public List<String> convertToEntityAttribute(String valor) {
    if (valor == null || valor.isBlank()) {
      return List.of();
    }
    return Arrays.stream(valor.split("\n")).map(String::strip).filter(a -> !a.isEmpty()).toList();
  }
}
