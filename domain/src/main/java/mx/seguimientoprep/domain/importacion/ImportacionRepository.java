package mx.seguimientoprep.domain.importacion;

import java.util.List;

/** The log of uploads; an entry is written even when the upload was rejected. */
public interface ImportacionRepository {

  void store(Importacion importacion);

  /** The latest uploads, newest first. */
  List<Importacion> recientes(int cuantas);
}
