package mx.seguimientoprep.domain.acuerdo;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

public interface AcuerdoRepository {

  void store(Acuerdo acuerdo);

  Optional<Acuerdo> findByEntidadAndClave(ClaveEntidad entidad, NumeroAcuerdo clave);

  /** Los acuerdos de un proceso, por fecha. */
  List<Acuerdo> findByProceso(ProcesoElectoral proceso);

  /** Los acuerdos de una entidad, de cualquier proceso o de ninguno, por fecha. */
  List<Acuerdo> findByEntidad(ClaveEntidad entidad);
}
