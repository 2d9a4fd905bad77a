package mx.seguimientoprep.domain.estado;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;

/**
 * Cuántos entregables esperados hay en cada estado; los pendientes se separan en vencidos y
 * pendientes que aún están en plazo, y se cuentan aparte los que no tienen registro y vencen fuera
 * del periodo de seguimiento (en {@code porEstado} están como pendientes).
 *
 * @param sinRegistro los esperados sin registro con fecha límite fuera del periodo de seguimiento
 */
public record ConteoEntregables(
    Map<EstadoEntregable, Integer> porEstado, int vencidos, int sinRegistro) {

  public ConteoEntregables(Map<EstadoEntregable, Integer> porEstado, int vencidos) {
    this(porEstado, vencidos, 0);
  }

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
    int sinRegistro = (int) entregables.stream().filter(EntregableEsperado::sinRegistro).count();
    return new ConteoEntregables(porEstado, vencidos, sinRegistro);
  }

  /** Cuántos hay en ese estado (los pendientes, vencidos o no). */
  public int de(EstadoEntregable estado) {
    return porEstado.get(estado);
  }

  /** Pendientes que aún no vencen (sin los que no tienen registro). */
  public int pendientes() {
    return de(EstadoEntregable.PENDIENTE) - vencidos - sinRegistro;
  }

  public int total() {
    return porEstado.values().stream().mapToInt(Integer::intValue).sum();
  }
}
