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
 * @param vencido pendiente y con fecha límite anterior a la fecha de referencia, dentro del periodo
 *     de seguimiento del proceso
 * @param sinRegistro sin fila registrada y con fecha límite, ya pasada, fuera del periodo de
 *     seguimiento del proceso: no se sabe si se remitió; nunca está vencido
 */
public record EntregableEsperado(
    String codigo,
    String nombre,
    YearMonth periodo,
    LocalDate fechaLimite,
    EstadoEntregable estado,
    boolean vencido,
    boolean sinRegistro) {

  /** Un esperado dentro del periodo de seguimiento. */
  public EntregableEsperado(
      String codigo,
      String nombre,
      YearMonth periodo,
      LocalDate fechaLimite,
      EstadoEntregable estado,
      boolean vencido) {
    this(codigo, nombre, periodo, fechaLimite, estado, vencido, false);
  }

  /** Pendiente y con registro posible: los sin registro no se cuentan como pendientes. */
  public boolean pendiente() {
    return estado == EstadoEntregable.PENDIENTE && !sinRegistro;
  }
}
