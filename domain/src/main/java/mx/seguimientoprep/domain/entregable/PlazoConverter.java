package mx.seguimientoprep.domain.entregable;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Guarda un {@link Plazo} como su texto canónico; sin regla, la columna queda vacía. */
@Converter
public class PlazoConverter implements AttributeConverter<Plazo, String> {

  @Override
  public String convertToDatabaseColumn(Plazo plazo) {
    return plazo == null || plazo.sinRegla() ? null : plazo.texto();
  }

  @Override
  public Plazo convertToEntityAttribute(String texto) {
    return texto == null ? Plazo.SIN_REGLA : new Plazo(texto);
  }
}
