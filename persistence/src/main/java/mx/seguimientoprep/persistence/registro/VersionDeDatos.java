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
 * La versión de los datos seguidos: crece con cada escritura confirmada, en cualquier nodo, porque
 * cada escritura incrementa la fila de {@link CandadoImportacion}.
 */
@ApplicationScoped
public class VersionDeDatos {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  /** La versión actual: una sentencia, por llave primaria. */
  public long actual() {
    return em.createQuery("select c.version from CandadoImportacion c where c.id = :id", Long.class)
        .setParameter("id", CandadoImportacion.UNICO)
        .getSingleResult();
  }

  /**
   * Lo primero que se llama en cada transacción de escritura: espera a las otras escrituras (SELECT
   * … FOR UPDATE) y marca una versión nueva, que los demás ven cuando esta transacción se confirma.
   * No {@code PESSIMISTIC_FORCE_INCREMENT}: Hibernate la escribe como {@code FOR UPDATE NOWAIT} en
   * PostgreSQL, así que una segunda subida al mismo tiempo fallaba en el acto en vez de esperar.
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
