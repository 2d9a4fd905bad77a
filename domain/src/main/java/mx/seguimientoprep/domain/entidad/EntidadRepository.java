package mx.seguimientoprep.domain.entidad;

import java.util.List;
import java.util.Optional;

public interface EntidadRepository {

  /** Las 33 entidades (el INE y los 32 estados), por clave. */
  List<Entidad> todas();

  Optional<Entidad> findByClave(ClaveEntidad clave);
}
