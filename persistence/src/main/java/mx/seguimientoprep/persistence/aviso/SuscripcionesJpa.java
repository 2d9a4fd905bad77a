package mx.seguimientoprep.persistence.aviso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.aviso.Suscripcion;
import mx.seguimientoprep.domain.aviso.SuscripcionRepository;
import mx.seguimientoprep.domain.aviso.SuscripcionVigente;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Las suscripciones, cada operación en su transacción. */
@ApplicationScoped
@Transactional
public class SuscripcionesJpa implements SuscripcionRepository {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public boolean suscribir(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    Optional<Suscripcion> existente = buscar(usuarioTelegram, chat, entidad);
    if (existente.isEmpty()) {
      em.persist(new Suscripcion(usuarioTelegram, chat, entidad, ahora));
      return true;
    }
    if (existente.get().vigente()) {
      return false;
    }
    existente.get().reanudar(ahora);
    return true;
  }

  @Override
  public boolean cancelar(long usuarioTelegram, long chat, ClaveEntidad entidad, Instant ahora) {
    Optional<Suscripcion> vigente =
        buscar(usuarioTelegram, chat, entidad).filter(Suscripcion::vigente);
    vigente.ifPresent(s -> s.cancelar(ahora));
    return vigente.isPresent();
  }

  @Override
  public List<ClaveEntidad> entidadesDe(long usuarioTelegram, long chat) {
    return em.createQuery(
            "select s.entidad from Suscripcion s where s.usuarioTelegram = :usuario"
                + " and s.chat = :chat and s.cancelada is null order by s.entidad",
            String.class)
        .setParameter("usuario", usuarioTelegram)
        .setParameter("chat", chat)
        .getResultStream()
        .map(ClaveEntidad::new)
        .toList();
  }

  @Override
  public List<SuscripcionVigente> vigentes() {
    return em.createQuery(
            "select s from Suscripcion s, VinculoTelegram v"
                + " where v.usuarioTelegram = s.usuarioTelegram and v.activo = true"
                + " and s.cancelada is null order by s.id",
            Suscripcion.class)
        .getResultStream()
        .map(SuscripcionVigente::de)
        .toList();
  }

  @Override
  public List<SuscripcionDeVinculo> paraAdministrar() {
    return em.createQuery(
            "select s, v.cuenta, e.nombre from Suscripcion s, VinculoTelegram v, Entidad e"
                + " where v.usuarioTelegram = s.usuarioTelegram and v.activo = true"
                + " and e.clave = s.entidad and s.cancelada is null"
                + " order by e.nombre, v.cuenta",
            Object[].class)
        .getResultStream()
        .map(
            fila ->
                new SuscripcionDeVinculo(
                    SuscripcionVigente.de((Suscripcion) fila[0]),
                    (String) fila[1],
                    (String) fila[2]))
        .toList();
  }

  private Optional<Suscripcion> buscar(long usuarioTelegram, long chat, ClaveEntidad entidad) {
    return em.createQuery(
            "select s from Suscripcion s where s.usuarioTelegram = :usuario and s.chat = :chat"
                + " and s.entidad = :entidad",
            Suscripcion.class)
        .setParameter("usuario", usuarioTelegram)
        .setParameter("chat", chat)
        .setParameter("entidad", entidad.valor())
        .getResultStream()
        .findFirst();
  }
}
