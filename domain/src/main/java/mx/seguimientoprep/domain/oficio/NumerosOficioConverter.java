package mx.seguimientoprep.domain.oficio;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Guarda los números de oficio a los que responde un oficio en una columna, separados por {@code
 * ;}: un número de oficio nunca lleva ese carácter. Una columna con un solo número (la de antes) se
 * lee igual.
 */
@Converter
public class NumerosOficioConverter implements AttributeConverter<List<NumeroOficio>, String> {

  @Override
  public String convertToDatabaseColumn(List<NumeroOficio> numeros) {
    return numeros == null || numeros.isEmpty()
        ? null
        : String.join(";", numeros.stream().map(NumeroOficio::valor).toList());
  }

  @Override
  public List<NumeroOficio> convertToEntityAttribute(String valor) {
    if (valor == null || valor.isBlank()) {
      return List.of();
    }
    return Arrays.stream(valor.split(";"))
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .map(NumeroOficio::new)
        .toList();
  }
}
