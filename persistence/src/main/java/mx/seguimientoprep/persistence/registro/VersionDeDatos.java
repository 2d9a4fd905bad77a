package mx.seguimientoprep.persistence.registro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

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

  /**
   * Incrementa la revisión de los procesos que tocó la escritura, en su transacción (después de
   * escribir sus registros), para que la caché del estado de cada nodo vuelva a leer esos procesos
   * y solo esos.
   */
  void tocar(Collection<ProcesoElectoral> procesos) {
    List<Long> ids =
        procesos.stream().map(ProcesoElectoral::getId).filter(Objects::nonNull).toList();
    if (!ids.isEmpty()) {
      em.createNativeQuery(
              "update proceso_electoral set revision = revision + 1 where id in (:ids)")
          .setParameter("ids", ids)
          .executeUpdate();
    }
  }
}
