package mx.seguimientoprep.domain.sesion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

public interface SesionRepository {

  void store(Sesion sesion);

  Optional<Sesion> findByClave(
      ProcesoElectoral proceso, Organo organo, TipoSesion tipo, LocalDate fecha);

  /** Las sesiones de un proceso, por fecha. */
  List<Sesion> findByProceso(ProcesoElectoral proceso);
}
