package mx.seguimientoprep.persistence.repositorio;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Lo que comparte todo repositorio JPA: el contexto de persistencia de la unidad {@code prep}. */
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
