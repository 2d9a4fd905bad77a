package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.bot.PreguntasRecientes;
import mx.seguimientoprep.domain.acceso.PreguntaRecienteRepository;

/**
 * La última pregunta de cada chat en la base de datos, escrita {@code clave=valor&…} como las
 * conversaciones ({@link ConversacionesEnBase#escribir}): la atiende cualquier nodo.
 */
@ApplicationScoped
public class PreguntasRecientesEnBase implements PreguntasRecientes {

  @Inject PreguntaRecienteRepository repositorio;

  @Override
  public Optional<Guardada> cargar(long chat) {
    return repositorio
        .findByChat(chat)
        .map(p -> new Guardada(ConversacionesEnBase.leer(p.getPregunta()), p.getHecha()));
  }

  @Override
  public void guardar(long chat, Map<String, String> pregunta, Instant hecha) {
    repositorio.guardar(chat, ConversacionesEnBase.escribir(pregunta), hecha);
  }

  /** Borra las que ya no completan ninguna pregunta (hechas hace más de {@link #VIGENCIA}). */
  public void depurarVencidas(Instant ahora) {
    repositorio.depurar(ahora.minus(VIGENCIA));
  }
}
