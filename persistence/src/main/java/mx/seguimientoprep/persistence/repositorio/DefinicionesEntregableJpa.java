package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;

@ApplicationScoped
public class DefinicionesEntregableJpa extends RepositorioJpa
    implements DefinicionEntregableRepository {

  protected DefinicionesEntregableJpa() {}

  public DefinicionesEntregableJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(DefinicionEntregable definicion) {
    persistir(definicion);
  }

  @Override
  public List<DefinicionEntregable> todas() {
    return em.createQuery(
            "select d from DefinicionEntregable d order by d.codigo", DefinicionEntregable.class)
        .getResultList();
  }

  @Override
  public Optional<DefinicionEntregable> findByCodigo(String codigo) {
    return Optional.ofNullable(em.find(DefinicionEntregable.class, codigo));
  }
}
