package mx.seguimientoprep.domain.estado;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;

/**
 * Cuántos entregables esperados hay en cada estado; los pendientes se separan en vencidos y
 * pendientes que aún están en plazo.
 */
public record ConteoEntregables(Map<EstadoEntregable, Integer> porEstado, int vencidos) {

  public ConteoEntregables {
    EnumMap<EstadoEntregable, Integer> completo = new EnumMap<>(EstadoEntregable.class);
    for (EstadoEntregable estado : EstadoEntregable.values()) {
      completo.put(estado, porEstado.getOrDefault(estado, 0));
    }
    porEstado = Collections.unmodifiableMap(completo);
  }

  static ConteoEntregables de(List<EntregableEsperado> entregables) {
    Map<EstadoEntregable, Integer> porEstado = new EnumMap<>(EstadoEntregable.class);
    entregables.forEach(e -> porEstado.merge(e.estado(), 1, Integer::sum));
    int vencidos = (int) entregables.stream().filter(EntregableEsperado::vencido).count();
    return new ConteoEntregables(porEstado, vencidos);
  }

  /** Cuántos hay en ese estado (los pendientes, vencidos o no). */
  public int de(EstadoEntregable estado) {
    return porEstado.get(estado);
  }

  /** Pendientes que aún no vencen. */
  public int pendientes() {
    return de(EstadoEntregable.PENDIENTE) - vencidos;
  }

  public int total() {
    return porEstado.values().stream().mapToInt(Integer::intValue).sum();
  }
}
