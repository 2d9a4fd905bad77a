package mx.seguimientoprep.persistence.registro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The version of the tracked data: it grows with every committed write, on any node, because every
 * write increments the row of {@link CandadoImportacion}.
 */
@ApplicationScoped
public class VersionDeDatos {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  /** The current version: one statement, by primary key. */
  public long actual() {
    return em.createQuery("select c.version from CandadoImportacion c where c.id = :id", Long.class)
        .setParameter("id", CandadoImportacion.UNICO)
        .getSingleResult();
  }

  /**
   * Called first in every write transaction: waits for other writes (SELECT … FOR UPDATE), and
   * marks a new version, seen by others when this transaction commits. Not {@code
   * PESSIMISTIC_FORCE_INCREMENT}: Hibernate writes that one as {@code FOR UPDATE NOWAIT} on
   * PostgreSQL, so a second upload at the same moment failed at once instead of waiting.
   */
  void escribir() {
    em.find(CandadoImportacion.class, CandadoImportacion.UNICO, LockModeType.PESSIMISTIC_WRITE);
    em.createQuery("update CandadoImportacion c set c.version = c.version + 1 where c.id = :id")
        .setParameter("id", CandadoImportacion.UNICO)
        .executeUpdate();
  }
}
