package mx.seguimientoprep.domain.proceso;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;

/**
 * El periodo en que los registros de un proceso están completos (columnas {@code Seguimiento desde}
 * y {@code Seguimiento hasta} de {@code Procesos}): fuera de él, que no haya un registro no dice
 * que no ocurrió. Un extremo en blanco está abierto.
 *
 * @param desde el primer día cubierto, o {@code null}
 * @param hasta el último día cubierto, o {@code null}
 */
public record PeriodoDeSeguimiento(LocalDate desde, LocalDate hasta) {

  /** Sin extremos: todo está registrado. */
  public static final PeriodoDeSeguimiento ABIERTO = new PeriodoDeSeguimiento(null, null);

  public PeriodoDeSeguimiento {
    if (desde != null && hasta != null && hasta.isBefore(desde)) {
      throw new DatoInvalido(
          "Seguimiento hasta",
          Ficha.fecha(hasta),
          "«Seguimiento hasta» ("
              + Ficha.fecha(hasta)
              + ") es anterior a «Seguimiento desde» ("
              + Ficha.fecha(desde)
              + ").");
    }
  }

  /** Si los registros de ese día están completos. */
  public boolean cubre(LocalDate fecha) {
    return fecha != null
        && (desde == null || !fecha.isBefore(desde))
        && (hasta == null || !fecha.isAfter(hasta));
  }

  public boolean abierto() {
    return desde == null && hasta == null;
  }

  /**
   * Lo que se dice, en el estado a esa fecha, de lo que no se sabe: {@code sin registro antes del
   * 01/10/2021}, {@code … después del 31/10/2021} (solo si la fecha es posterior), o las dos cosas;
   * vacío si no falta nada por ese lado.
   */
  public Optional<String> sinRegistro(LocalDate referencia) {
    List<String> partes = new ArrayList<>();
    if (desde != null) {
      partes.add("antes del " + Ficha.fecha(desde));
    }
    if (hasta != null && referencia.isAfter(hasta)) {
      partes.add("después del " + Ficha.fecha(hasta));
    }
    return partes.isEmpty()
        ? Optional.empty()
        : Optional.of("sin registro " + String.join(" ni ", partes));
  }
}
