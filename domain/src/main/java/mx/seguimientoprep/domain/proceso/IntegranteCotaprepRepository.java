package mx.seguimientoprep.domain.proceso;

import java.util.List;
import java.util.Optional;

public interface IntegranteCotaprepRepository {

  void store(IntegranteCotaprep integrante);

  List<IntegranteCotaprep> findByProceso(ProcesoElectoral proceso);

  Optional<IntegranteCotaprep> findByProcesoAndNombre(ProcesoElectoral proceso, String nombre);
}
