package mx.seguimientoprep.persistence.acceso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import mx.seguimientoprep.domain.acceso.EstadoUpdate;
import mx.seguimientoprep.domain.acceso.UpdateTelegram;
import mx.seguimientoprep.domain.acceso.UpdateTelegramRepository;

/**
 * Los updates recibidos. El alta es una sola sentencia INSERT sobre la clave primaria {@code
 * update_id}: la base decide cuál de dos entregas del mismo update (en uno o en varios nodos) se
 * atiende, sin leer antes.
 */
@ApplicationScoped
public class UpdatesTelegramJpa implements UpdateTelegramRepository {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean registrar(long updateId, String contenido, Instant ahora) {
    try {
      em.persist(new UpdateTelegram(updateId, contenido, ahora));
      em.flush();
      return true;
    } catch (PersistenceException repetido) {
      // La clave primaria lo rechazó: otra entrega del mismo update se guardó antes. La
      // transacción queda marcada para deshacerse y termina aquí.
      return false;
    }
  }

  @Override
  @Transactional
  public void concluir(long updateId, EstadoUpdate estado, Instant ahora) {
    String contenido = estado == EstadoUpdate.FALLIDO ? "" : ", u.contenido = null";
    em.createQuery(
            "update UpdateTelegram u set u.estado = :estado, u.concluido = :ahora"
                + contenido
                + " where u.updateId = :id")
        .setParameter("estado", estado)
        .setParameter("ahora", ahora)
        .setParameter("id", updateId)
        .executeUpdate();
  }

  @Override
  public List<UpdateTelegram> rezagados(Instant recibidosAntesDe, int cuantos) {
    return em.createQuery(
            "select u from UpdateTelegram u where u.estado = :recibido and u.recibido < :antes"
                + " order by u.updateId",
            UpdateTelegram.class)
        .setParameter("recibido", EstadoUpdate.RECIBIDO)
        .setParameter("antes", recibidosAntesDe)
        .setMaxResults(cuantos)
        .getResultList();
  }

  @Override
  @Transactional
  public boolean reclamar(UpdateTelegram rezagado, Instant ahora) {
    return em.createQuery(
                "update UpdateTelegram u set u.recibido = :ahora where u.updateId = :id"
                    + " and u.estado = :recibido and u.recibido = :antes")
            .setParameter("ahora", ahora)
            .setParameter("id", rezagado.getUpdateId())
            .setParameter("recibido", EstadoUpdate.RECIBIDO)
            .setParameter("antes", rezagado.getRecibido())
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional
  public int depurar(Instant concluidosAntesDe) {
    return em.createQuery(
            "delete from UpdateTelegram u where u.estado <> :recibido and u.concluido < :antes")
        .setParameter("recibido", EstadoUpdate.RECIBIDO)
        .setParameter("antes", concluidosAntesDe)
        .executeUpdate();
  }
}
