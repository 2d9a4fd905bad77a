package mx.seguimientoprep.domain.importacion;

import java.util.List;

/** La bitácora de subidas; se anota una entrada aunque la subida se haya rechazado. */
public interface ImportacionRepository {

  void store(Importacion importacion);

  /** Las últimas subidas, la más reciente primero. */
  List<Importacion> recientes(int cuantas);
}
