package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Un entregable pendiente de una entidad que vence en una ventana de días: lo que lista el comando
 * /vencimientos del bot y lo que el tablero de la web muestra de los próximos días, de todas las
 * entidades.
 *
 * @param estado el estado del proceso del entregable, a la fecha de referencia
 */
public record Vencimiento(EstadoPrep estado, EntregableEsperado entregable) {

  private static final Comparator<Vencimiento> POR_FECHA =
      Comparator.comparing((Vencimiento v) -> v.entregable().fechaLimite())
          .thenComparing(v -> v.estado().claveEntidad().valor())
          .thenComparing(v -> v.entregable().codigo())
          .thenComparing(
              v -> v.entregable().periodo(), Comparator.nullsFirst(Comparator.naturalOrder()));

  public Vencimiento {
    Objects.requireNonNull(estado, "estado");
    Objects.requireNonNull(entregable, "entregable");
  }

  /**
   * Los pendientes de los estados que vencen de {@code desde} a {@code hasta}, las dos incluidas:
   * por fecha límite, luego por clave de entidad y por código.
   */
  public static List<Vencimiento> entre(
      List<EstadoPrep> estados, LocalDate desde, LocalDate hasta) {
    List<Vencimiento> vencimientos = new ArrayList<>();
    for (EstadoPrep estado : estados) {
      estado
          .pendientesEntre(desde, hasta)
          .forEach(e -> vencimientos.add(new Vencimiento(estado, e)));
    }
    vencimientos.sort(POR_FECHA);
    return List.copyOf(vencimientos);
  }

  /** Los días de la fecha de referencia del estado a la fecha límite (0 el mismo día). */
  public long diasRestantes() {
    return ChronoUnit.DAYS.between(estado.fechaReferencia(), entregable.fechaLimite());
  }
}
