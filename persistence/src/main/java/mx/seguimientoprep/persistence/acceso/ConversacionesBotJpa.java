package mx.seguimientoprep.persistence.acceso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import mx.seguimientoprep.domain.acceso.ConversacionBot;
import mx.seguimientoprep.domain.acceso.ConversacionBotRepository;

@ApplicationScoped
@Transactional
public class ConversacionesBotJpa implements ConversacionBotRepository {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public Optional<ConversacionBot> findByChat(long chat) {
    return Optional.ofNullable(em.find(ConversacionBot.class, chat));
  }

  @Override
  public void guardar(long chat, String estado, Instant ahora) {
    ConversacionBot conversacion = em.find(ConversacionBot.class, chat);
    if (conversacion == null) {
      em.persist(new ConversacionBot(chat, estado, ahora));
    } else {
      conversacion.cambiar(estado, ahora);
    }
  }

  @Override
  public void borrar(long chat) {
    em.createQuery("delete from ConversacionBot c where c.chat = :chat")
        .setParameter("chat", chat)
        .executeUpdate();
  }
}
