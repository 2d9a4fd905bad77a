package mx.seguimientoprep.domain.oficio;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

public interface OficioRepository {

  void store(Oficio oficio);

  Optional<Oficio> findByNumero(NumeroOficio numero);

  /** Los oficios de un proceso, por fecha y en orden de registro. */
  List<Oficio> findByProceso(ProcesoElectoral proceso);

  /** Los oficios más recientes de una entidad, el más nuevo primero. */
  List<Oficio> findRecientes(ClaveEntidad entidad, int cuantos);

  /** Los oficios que dicen responder al número dado. */
  List<Oficio> findRespuestasA(NumeroOficio numero);
}
