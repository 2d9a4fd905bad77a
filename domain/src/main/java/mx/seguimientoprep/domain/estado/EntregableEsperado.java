package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.YearMonth;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;

/**
 * Un entregable que el proceso debe remitir (uno por periodo si es mensual), con su estado a la
 * fecha de referencia.
 *
 * @param periodo el mes que informa, o {@code null} si no es mensual
 * @param fechaLimite cuándo vence, o {@code null} si no se puede saber (sin regla o sin jornada)
 * @param vencido pendiente y con fecha límite anterior a la fecha de referencia
 */
public record EntregableEsperado(
    String codigo,
    String nombre,
    YearMonth periodo,
    LocalDate fechaLimite,
    EstadoEntregable estado,
    boolean vencido) {

  public boolean pendiente() {
    return estado == EstadoEntregable.PENDIENTE;
  }
}
