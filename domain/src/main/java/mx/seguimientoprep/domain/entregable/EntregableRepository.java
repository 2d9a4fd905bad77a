package mx.seguimientoprep.domain.entregable;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

public interface EntregableRepository {

  void store(Entregable entregable);

  /**
   * @param periodo el mes de un entregable mensual, o {@code null}
   */
  Optional<Entregable> findByClave(ProcesoElectoral proceso, String codigo, YearMonth periodo);

  /** El estado registrado de los entregables de un proceso, por código y periodo. */
  List<Entregable> findByProceso(ProcesoElectoral proceso);
}
