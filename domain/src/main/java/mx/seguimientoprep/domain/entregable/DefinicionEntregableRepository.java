package mx.seguimientoprep.domain.entregable;

import java.util.List;
import java.util.Optional;

/** El catálogo de entregables en vigor. */
public interface DefinicionEntregableRepository {

  void store(DefinicionEntregable definicion);

  /** Todas las definiciones, por código. */
  List<DefinicionEntregable> todas();

  Optional<DefinicionEntregable> findByCodigo(String codigo);

  default Catalogo catalogo() {
    return new Catalogo(todas());
  }
}
