package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * Registros del estado que ya están en memoria: los expedientes completos de cada proceso y el
 * catálogo. Sirve a quien tiene los registros a mano sin base de datos (las pruebas de los
 * adaptadores, la medición) para preguntar a {@link LecturaDelEstado} como lo hace la aplicación.
 */
public final class RegistrosEnMemoria implements RegistrosDelEstado, RegistrosDelEstado.Vista {

  private static final Comparator<ProcesoElectoral> POR_ENTIDAD_Y_JORNADA =
      Comparator.comparing((ProcesoElectoral p) -> p.getEntidad().getClave().valor())
          .thenComparing(
              ProcesoElectoral::getJornada, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ProcesoElectoral::getNombre);

  private final List<ProcesoElectoral> procesos;
  private final Map<ProcesoElectoral, Expediente> expedientes = new IdentityHashMap<>();
  private final List<DefinicionEntregable> catalogo;

  public RegistrosEnMemoria(List<Expediente> expedientes, List<DefinicionEntregable> catalogo) {
    expedientes.forEach(e -> this.expedientes.put(e.proceso(), e));
    this.procesos =
        expedientes.stream().map(Expediente::proceso).sorted(POR_ENTIDAD_Y_JORNADA).toList();
    this.catalogo = List.copyOf(Objects.requireNonNull(catalogo, "catalogo"));
  }

  @Override
  public Vista vista() {
    return this;
  }

  @Override
  public List<ProcesoElectoral> procesos() {
    return procesos;
  }

  @Override
  public List<DefinicionEntregable> catalogo() {
    return catalogo;
  }

  @Override
  public List<DatosDelEstado> datosDelEstado(
      List<ProcesoElectoral> deProcesos, LocalDate referencia) {
    return expedientes(deProcesos).stream().map(e -> DatosDelEstado.de(e, referencia)).toList();
  }

  @Override
  public List<Expediente> expedientes(List<ProcesoElectoral> deProcesos) {
    return deProcesos.stream().map(expedientes::get).toList();
  }
}
