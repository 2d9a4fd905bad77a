package mx.seguimientoprep.domain.oficio;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Guarda un {@link NumeroOficio} como su texto normalizado. */
@Converter
public class NumeroOficioConverter implements AttributeConverter<NumeroOficio, String> {

  @Override
  public String convertToDatabaseColumn(NumeroOficio numero) {
    return numero == null ? null : numero.valor();
  }

  @Override
  public NumeroOficio convertToEntityAttribute(String valor) {
    return valor == null || valor.isBlank() ? null : new NumeroOficio(valor);
  }
}
