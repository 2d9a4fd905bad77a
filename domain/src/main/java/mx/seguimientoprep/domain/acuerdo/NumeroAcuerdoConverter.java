package mx.seguimientoprep.domain.acuerdo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Guarda un {@link NumeroAcuerdo} como su texto normalizado. */
@Converter
public class NumeroAcuerdoConverter implements AttributeConverter<NumeroAcuerdo, String> {

  @Override
  public String convertToDatabaseColumn(NumeroAcuerdo numero) {
    return numero == null ? null : numero.valor();
  }

  @Override
  public NumeroAcuerdo convertToEntityAttribute(String valor) {
    return valor == null || valor.isBlank() ? null : new NumeroAcuerdo(valor);
  }
}
