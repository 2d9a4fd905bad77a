package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import java.util.function.Function;
import mx.seguimientoprep.domain.fecha.FechaOMes;

/**
 * De dónde toma {@link LecturaDeOficio#leer(CamposEscritos, Ubicacion)} el texto de cada campo: de
 * las celdas de una fila de la hoja o de un {@link OficioEscrito}. Quien lo implementa aplica la
 * lectura del dominio al texto del campo y, si es inválido, guarda su error (ubicado como le toque)
 * y devuelve {@code null}, para que se lean los demás campos y se vean todos los errores a la vez.
 */
public interface CamposEscritos {

  /** El valor que {@code lectura} da al texto del campo ({@code null} si está vacío). */
  <T> T leido(String campo, Function<String, T> lectura);

  /** Una fecha; quien lee celdas puede tomar tal cual una fecha real del libro. */
  default LocalDate fecha(String campo, Function<String, LocalDate> lectura) {
    return leido(campo, lectura);
  }

  /**
   * Una fecha o un mes; quien lee celdas puede tomar tal cual una fecha real del libro (un día).
   */
  default FechaOMes fechaOMes(String campo, Function<String, FechaOMes> lectura) {
    return leido(campo, lectura);
  }

  /** Si ningún campo leído hasta ahora tuvo error. */
  boolean sinErrores();
}
