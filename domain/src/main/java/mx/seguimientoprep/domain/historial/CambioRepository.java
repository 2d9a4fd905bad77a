package mx.seguimientoprep.domain.historial;

import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

public interface CambioRepository {

  void store(Cambio cambio);

  /** Los cambios de los registros de una entidad, el más reciente primero. */
  List<Cambio> findByEntidad(ClaveEntidad entidad);

  /** Los cambios de un registro (`Oficio`, `IEC/SE/1766/2020`), el más reciente primero. */
  List<Cambio> findByRegistro(String tipo, String clave);
}
