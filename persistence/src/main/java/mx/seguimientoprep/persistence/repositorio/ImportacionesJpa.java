package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import mx.seguimientoprep.domain.importacion.Importacion;
import mx.seguimientoprep.domain.importacion.ImportacionRepository;

@ApplicationScoped
public class ImportacionesJpa extends RepositorioJpa implements ImportacionRepository {

  protected ImportacionesJpa() {}

  public ImportacionesJpa(EntityManager em) {
    super(em);
  }

  /** In a transaction of its own: a rejected import, rolled back, still leaves its entry. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(Importacion importacion) {
    em.persist(importacion);
  }

  @Override
  public List<Importacion> recientes(int cuantas) {
    return em.createQuery(
            "select i from Importacion i order by i.momento desc, i.id desc", Importacion.class)
        .setMaxResults(cuantas)
        .getResultList();
  }
}
