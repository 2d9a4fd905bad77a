package mx.seguimientoprep.domain.historial;

import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

public interface CambioRepository {

  void store(Cambio cambio);

  /** Los cambios más recientes de los registros de una entidad, a lo más {@code limite}. */
  List<Cambio> findByEntidad(ClaveEntidad entidad, int limite);

  /** Cuántos cambios tienen los registros de una entidad. */
  long countByEntidad(ClaveEntidad entidad);

  /** Los cambios de un registro (`Oficio`, `IEC/SE/1766/2020`), el más reciente primero. */
  List<Cambio> findByRegistro(String tipo, String clave);
}
