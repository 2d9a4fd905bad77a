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

  /** En su propia transacción: una importación rechazada, ya deshecha, aun así deja su entrada. */
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
