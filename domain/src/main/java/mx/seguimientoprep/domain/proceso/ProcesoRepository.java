package mx.seguimientoprep.domain.proceso;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

public interface ProcesoRepository {

  void store(ProcesoElectoral proceso);

  /** Los procesos de una entidad, por jornada. */
  List<ProcesoElectoral> findByEntidad(ClaveEntidad entidad);

  Optional<ProcesoElectoral> findByEntidadAndNombre(ClaveEntidad entidad, String nombre);

  /** Todos los procesos de todas las entidades. */
  List<ProcesoElectoral> todos();
}
