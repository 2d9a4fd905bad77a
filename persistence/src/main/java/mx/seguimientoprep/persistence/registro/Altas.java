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
 * Dónde pone una escritura los registros a los que nada más en la escritura apunta por clave: los
 * oficios nuevos (otros registros citan un oficio por su número, nunca por su id) y las líneas del
 * historial.
 *
 * <p>{@link #inmediatas} persiste cada uno en el contexto de persistencia en el acto, como
 * cualquier otra entidad: lo adecuado para un oficio registrado desde la web o el bot. {@link
 * #enLote} los guarda y los inserta al final con sentencias JDBC en lote por el propio camino de
 * inserción de Hibernate para la entidad (su generador de id, sus convertidores, su versión inicial
 * y su sentencia), pero sin volverlos administrados: si no, un libro de 100 000 oficios dejaría 200
 * 000 entidades, con sus instantáneas, en el contexto de persistencia, para ordenarlas, revisar sus
 * cambios y volcarlas una por una (una quinta parte del tiempo de la importación, y la mayor parte
 * de su basura).
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
   * Guardados hasta {@link #insertar}: un oficio que modifica una fila posterior del mismo libro se
   * inserta una sola vez, con sus valores finales.
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
     * Inserta todo lo guardado, en la transacción y la conexión de {@code em}, después de que quien
     * llama volcó las entidades administradas a las que apuntan estas filas (sus procesos). Un tipo
     * tras otro, para que cada lote JDBC vaya lleno. Una fila rechazada lanza la {@link
     * jakarta.persistence.PersistenceException} de un volcado.
     */
    void insertar(EntityManager em) {
      SessionImplementor sesion = em.unwrap(SessionImplementor.class);
      oficios.forEach(oficio -> insertar(sesion, oficio));
      cambios.forEach(cambio -> insertar(sesion, cambio));
      sesion.getJdbcCoordinator().executeBatch();
      oficios.clear();
      cambios.clear();
    }

    /** Lo que hace {@code StatelessSession.insert}, en la sesión de la transacción. */
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
