package mx.seguimientoprep.persistence.acceso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.acceso.AccesoBot;
import mx.seguimientoprep.domain.acceso.CodigoInvitacion;
import mx.seguimientoprep.domain.acceso.InvitacionBot;
import mx.seguimientoprep.domain.acceso.VinculoTelegram;

/** Invitaciones y vínculos del bot, cada operación en su transacción. */
@ApplicationScoped
@Transactional
public class AccesoBotJpa implements AccesoBot {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public InvitacionCreada invitar(String rol, String nombre, String creadaPor, Instant ahora) {
    String codigo = CodigoInvitacion.nuevo();
    InvitacionBot invitacion = new InvitacionBot(codigo, rol, nombre, creadaPor, ahora);
    em.persist(invitacion);
    return new InvitacionCreada(
        codigo, invitacion.getRol(), invitacion.getNombre(), invitacion.getExpira());
  }

  /**
   * La invitación se lee con un candado de escritura: dos personas que envían el mismo código a la
   * vez no quedan vinculadas las dos.
   */
  @Override
  public Optional<VinculoTelegram> canjear(
      String codigo, long usuarioTelegram, String nombreTelegram, Instant ahora) {
    Optional<InvitacionBot> invitacion = invitacion(codigo);
    if (invitacion.isEmpty() || !invitacion.get().vigenteAl(ahora)) {
      return Optional.empty();
    }
    VinculoTelegram existente = em.find(VinculoTelegram.class, usuarioTelegram);
    if (existente != null) {
      invitacion.get().canjear(existente, nombreTelegram, ahora);
      return Optional.of(existente);
    }
    VinculoTelegram nuevo = invitacion.get().canjear(usuarioTelegram, nombreTelegram, ahora);
    em.persist(nuevo);
    return Optional.of(nuevo);
  }

  @Override
  public boolean anular(String codigo, Instant ahora) {
    Optional<InvitacionBot> invitacion = invitacion(codigo).filter(i -> i.vigenteAl(ahora));
    invitacion.ifPresent(i -> i.anular(ahora));
    return invitacion.isPresent();
  }

  /** La invitación de ese código (por su hash), bloqueada hasta el fin de la transacción. */
  private Optional<InvitacionBot> invitacion(String codigo) {
    return em.createQuery(
            "select i from InvitacionBot i where i.codigoHash = :hash", InvitacionBot.class)
        .setParameter("hash", CodigoInvitacion.hash(codigo))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<VinculoTelegram> vinculoActivo(long usuarioTelegram) {
    return Optional.ofNullable(em.find(VinculoTelegram.class, usuarioTelegram))
        .filter(VinculoTelegram::isActivo);
  }

  @Override
  public List<VinculoTelegram> vinculados() {
    return em.createQuery(
            "select v from VinculoTelegram v where v.activo = true"
                + " order by v.creado desc, v.usuarioTelegram",
            VinculoTelegram.class)
        .getResultList();
  }

  @Override
  public boolean revocar(long usuarioTelegram, Instant ahora) {
    VinculoTelegram vinculo = em.find(VinculoTelegram.class, usuarioTelegram);
    if (vinculo == null || !vinculo.isActivo()) {
      return false;
    }
    vinculo.revocar(ahora);
    // Las suscripciones son de la persona vinculada: revocar el vínculo las termina.
    em.createQuery(
            "update Suscripcion s set s.cancelada = :ahora"
                + " where s.usuarioTelegram = :usuario and s.cancelada is null")
        .setParameter("ahora", ahora)
        .setParameter("usuario", usuarioTelegram)
        .executeUpdate();
    return true;
  }
}
