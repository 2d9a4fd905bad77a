package mx.seguimientoprep.persistence.registro;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.oficio.Oficio;
import org.hibernate.engine.internal.Versioning;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Where a write puts the records that nothing else in the write points to by key: the new letters
 * (other records cite a letter by its number, never by its id) and the history lines.
 *
 * <p>{@link #inmediatas} persists each one in the persistence context at once, as any other entity:
 * the right thing for one letter recorded from the web or the bot. {@link #enLote} keeps them and
 * inserts them at the end with batched JDBC statements through Hibernate's own insert path for the
 * entity (its id generator, converters, version seed and statement), but without making them
 * managed: a workbook of 100 000 letters would otherwise keep 200 000 entities, with their
 * snapshots, in the persistence context, to be sorted, dirty-checked and flushed one by one (a
 * fifth of the import's time, and most of its garbage).
 */
abstract sealed class Altas {

  abstract void oficio(Oficio oficio);

  abstract void cambio(Cambio cambio);

  static Altas inmediatas(Repositorios repos) {
    return new Inmediatas(repos);
  }

  static EnLote enLote() {
    return new EnLote();
  }

  private static final class Inmediatas extends Altas {

    private final Repositorios repos;

    Inmediatas(Repositorios repos) {
      this.repos = repos;
    }

    @Override
    void oficio(Oficio oficio) {
      repos.oficios.store(oficio);
    }

    @Override
    void cambio(Cambio cambio) {
      repos.cambios.store(cambio);
    }
  }

  /**
   * Kept until {@link #insertar}: a letter that a later row of the same workbook modifies is
   * inserted once, with its final values.
   */
  static final class EnLote extends Altas {

    private final List<Oficio> oficios = new ArrayList<>();
    private final List<Cambio> cambios = new ArrayList<>();

    @Override
    void oficio(Oficio oficio) {
      oficios.add(oficio);
    }

    @Override
    void cambio(Cambio cambio) {
      cambios.add(cambio);
    }

    /**
     * Inserts everything kept, in the transaction and on the connection of {@code em}, after the
     * caller has flushed the managed entities that these rows refer to (their processes). One kind
     * after the other, so that each JDBC batch is full. A rejected row throws the {@link
     * jakarta.persistence.PersistenceException} of a flush.
     */
    void insertar(EntityManager em) {
      SessionImplementor sesion = em.unwrap(SessionImplementor.class);
      oficios.forEach(oficio -> insertar(sesion, oficio));
      cambios.forEach(cambio -> insertar(sesion, cambio));
      sesion.getJdbcCoordinator().executeBatch();
      oficios.clear();
      cambios.clear();
    }

    /** What {@code StatelessSession.insert} does, on the session of the transaction. */
    private static void insertar(SessionImplementor sesion, Object entidad) {
      EntityPersister persister = sesion.getEntityPersister(null, entidad);
      Object[] estado = persister.getValues(entidad);
      if (persister.isVersioned() && Versioning.seedVersion(entidad, estado, persister, sesion)) {
        persister.setValues(entidad, estado);
      }
      Object id =
          ((BeforeExecutionGenerator) persister.getGenerator())
              .generate(sesion, entidad, null, EventType.INSERT);
      persister.getInsertCoordinator().insert(entidad, id, estado, sesion);
      persister.setIdentifier(entidad, id, sesion);
    }
  }
}
