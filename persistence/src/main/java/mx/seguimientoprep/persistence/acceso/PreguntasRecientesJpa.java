package mx.seguimientoprep.persistence.acceso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import mx.seguimientoprep.domain.acceso.PreguntaReciente;
import mx.seguimientoprep.domain.acceso.PreguntaRecienteRepository;

@ApplicationScoped
@Transactional
public class PreguntasRecientesJpa implements PreguntaRecienteRepository {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public Optional<PreguntaReciente> findByChat(long chat) {
    return Optional.ofNullable(em.find(PreguntaReciente.class, chat));
  }

  @Override
  public void guardar(long chat, String pregunta, Instant hecha) {
    // Lo común es que el chat ya tenga una: se reemplaza en una sola sentencia, sin leerla antes.
    int cambiadas =
        em.createQuery(
                "update PreguntaReciente p set p.pregunta = :pregunta, p.hecha = :hecha"
                    + " where p.chat = :chat")
            .setParameter("pregunta", PreguntaReciente.validada(pregunta))
            .setParameter("hecha", hecha)
            .setParameter("chat", chat)
            .executeUpdate();
    if (cambiadas == 0) {
      em.persist(new PreguntaReciente(chat, pregunta, hecha));
    }
  }

  @Override
  public int depurar(Instant hechasAntesDe) {
    return em.createQuery("delete from PreguntaReciente p where p.hecha < :antes")
        .setParameter("antes", hechasAntesDe)
        .executeUpdate();
  }
}
