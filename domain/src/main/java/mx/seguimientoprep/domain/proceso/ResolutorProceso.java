package mx.seguimientoprep.domain.proceso;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Encuentra el proceso al que se refiere la columna `Proceso` entre los de una entidad: en blanco,
 * solo si la entidad tiene exactamente uno; si no, el de nombre igual o, en su defecto, el único
 * cuyos años coinciden ({@link ProcesoElectoral#coincideCon}).
 */
public final class ResolutorProceso {

  private final String entidad;
  private final List<ProcesoElectoral> procesos;

  /** Los procesos de una sola entidad, cuyo nombre se usa en los mensajes. */
  public ResolutorProceso(String entidad, List<ProcesoElectoral> procesos) {
    this.entidad = entidad;
    this.procesos = List.copyOf(procesos);
  }

  /**
   * El proceso con ese nombre, sin importar acentos, mayúsculas ni puntuación: la clave natural de
   * una fila de la hoja `Procesos`.
   */
  public Optional<ProcesoElectoral> conNombre(String nombre) {
    return procesos.stream()
        .filter(p -> TextoComparable.iguales(p.getNombre(), nombre))
        .findFirst();
  }

  /**
   * @throws DatoInvalido con el campo `Proceso` cuando no hay uno y solo uno que corresponda
   */
  public ProcesoElectoral resolver(String referencia) {
    if (referencia == null || referencia.isBlank()) {
      return elUnico(referencia);
    }
    List<ProcesoElectoral> porNombre =
        procesos.stream().filter(p -> TextoComparable.iguales(p.getNombre(), referencia)).toList();
    if (porNombre.size() == 1) {
      return porNombre.get(0);
    }
    List<ProcesoElectoral> coincidentes =
        procesos.stream().filter(p -> p.coincideCon(referencia)).toList();
    if (coincidentes.size() == 1) {
      return coincidentes.get(0);
    }
    if (coincidentes.isEmpty()) {
      throw new DatoInvalido(
          "Proceso",
          referencia,
          procesos.isEmpty()
              ? entidad + " no tiene procesos registrados; registre primero el proceso."
              : "«"
                  + referencia.strip()
                  + "» no corresponde a ningún proceso de "
                  + entidad
                  + ". Procesos registrados: "
                  + nombres(procesos)
                  + ".");
    }
    throw new DatoInvalido(
        "Proceso",
        referencia,
        "«"
            + referencia.strip()
            + "» corresponde a varios procesos de "
            + entidad
            + ": "
            + nombres(coincidentes)
            + ". Escriba el nombre completo.");
  }

  private ProcesoElectoral elUnico(String referencia) {
    if (procesos.size() == 1) {
      return procesos.get(0);
    }
    throw new DatoInvalido(
        "Proceso",
        referencia,
        procesos.isEmpty()
            ? entidad + " no tiene procesos registrados; registre primero el proceso."
            : entidad
                + " tiene "
                + procesos.size()
                + " procesos; indique cuál: "
                + nombres(procesos)
                + ".");
  }

  private static String nombres(List<ProcesoElectoral> procesos) {
    return procesos.stream().map(ProcesoElectoral::getNombre).collect(Collectors.joining("; "));
  }
}
