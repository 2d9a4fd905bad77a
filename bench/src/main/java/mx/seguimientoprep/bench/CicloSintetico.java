package mx.seguimientoprep.bench;

import java.time.LocalDate;

/**
 * Un proceso electoral que el libro de la medición da a cada una de las 32 entidades: su nombre,
 * sus años (como los escribe la columna {@code Proceso}) y su jornada. Las fechas de sus registros
 * salen de su primer año: los oficios desde el 3 de julio, los acuerdos desde el 31 de agosto, las
 * sesiones desde el 2 de octubre y los informes mensuales de enero a marzo del año siguiente.
 */
public record CicloSintetico(String nombre, String anios, LocalDate jornada) {

  /** El único proceso del libro de las mediciones de lectura, exportación e importación. */
  public static final CicloSintetico ORDINARIO_2023_2024 =
      new CicloSintetico(
          "Proceso Electoral Local Ordinario 2023-2024", "2023-2024", LocalDate.of(2024, 6, 2));

  int primerAnio() {
    return Integer.parseInt(anios.substring(0, 4));
  }

  LocalDate primeraFecha() {
    return LocalDate.of(primerAnio(), 7, 3);
  }
}
