package mx.seguimientoprep.persistence.estado;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * What the status questions read, kept between questions while the data does not change: the
 * catalogue, the processes and the records of each process, all tagged with the version of the data
 * they were read at. A question whose version differs starts a new, empty snapshot, so an answer
 * never mixes data of two versions and no write is ever missed, on any node. The entities are
 * detached and only read.
 */
@ApplicationScoped
class LecturasEnCache {

  private volatile Instantanea actual = new Instantanea(-1);

  /** The snapshot of that version of the data (empty if the data changed since the last one). */
  Instantanea para(long version) {
    Instantanea instantanea = actual;
    if (instantanea.version != version) {
      instantanea = new Instantanea(version);
      actual = instantanea;
    }
    return instantanea;
  }

  /** What was read at one version of the data. */
  static final class Instantanea {
    final long version;
    volatile List<DefinicionEntregable> catalogo;
    volatile List<ProcesoElectoral> todosLosProcesos;
    final Map<String, List<ProcesoElectoral>> procesosPorEntidad = new ConcurrentHashMap<>();
    final Map<Long, Expediente> expedientes = new ConcurrentHashMap<>();

    Instantanea(long version) {
      this.version = version;
    }
  }
}
