package mx.seguimientoprep.domain.historial;

import java.util.Map;

/** Un registro cuyas altas y modificaciones se guardan en el historial. */
public interface Auditable {

  /** Qué es, como lo dice una persona: `Oficio`, `Acuerdo`, `Sesión`. */
  String tipoRegistro();

  /** Su clave natural como la lee una persona: `IEC/SE/1766/2020`. */
  String claveRegistro();

  /** La clave de la entidad a la que pertenece, o {@code null} si no pertenece a ninguna. */
  String claveEntidad();

  /** Cada columna de la hoja con su valor legible, en el orden de la hoja. */
  Map<String, String> valores();
}
