package mx.seguimientoprep.persistence.repositorio;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What every JPA repository shares: the persistence context of the unit {@code prep}. */
abstract class RepositorioJpa {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  RepositorioJpa() {}

  RepositorioJpa(EntityManager em) {
    this.em = em;
  }

  void persistir(Object entidad) {
    if (!em.contains(entidad)) {
      em.persist(entidad);
    }
  }
}
