package mx.seguimientoprep.domain.informe;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Las plantillas de membrete por entidad y las constancias de los informes generados. */
public interface InformesRepository {

  Optional<PlantillaInforme> plantillaDe(ClaveEntidad entidad);

  /** Todas las plantillas subidas, por entidad. */
  List<PlantillaInforme> plantillas();

  /** Guarda la plantilla de la entidad, o reemplaza la que tenía. */
  void guardarPlantilla(
      ClaveEntidad entidad,
      String archivo,
      byte[] contenido,
      String sha256,
      String usuario,
      Instant momento);

  /** Quita la plantilla de la entidad; si no tenía, no hace nada. Dice si había una. */
  boolean quitarPlantilla(ClaveEntidad entidad);

  /** Anota que el informe del mes del proceso se generó (una vez más). */
  void anotarGenerado(ProcesoElectoral proceso, YearMonth mes, String usuario, Instant momento);

  /** Los informes generados del proceso, por mes. */
  List<InformeGenerado> generados(ProcesoElectoral proceso);
}
