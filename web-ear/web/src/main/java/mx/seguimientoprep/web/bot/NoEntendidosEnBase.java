package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Logger;
import mx.seguimientoprep.bot.NoEntendidos;
import mx.seguimientoprep.domain.acceso.MensajesNoEntendidos;

/**
 * La cuenta de los mensajes que el bot no entendió, por día de la Ciudad de México, en la base de
 * datos. Si no se puede contar, el bot contesta igual: la cuenta es para el administrador, no para
 * quien pregunta.
 */
@ApplicationScoped
public class NoEntendidosEnBase implements NoEntendidos {

  private static final Logger LOG = Logger.getLogger(NoEntendidosEnBase.class.getName());

  /** El día de la cuenta es el de la Ciudad de México. */
  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  @Inject MensajesNoEntendidos cuenta;

  @Override
  public void contar(Clase clase, String intento, Instant cuando) {
    try {
      cuenta.contar(
          LocalDate.ofInstant(cuando, MEXICO), clase.name().toLowerCase(Locale.ROOT), intento);
    } catch (RuntimeException e) {
      LOG.warning(() -> "No se pudo contar un mensaje no entendido: " + e);
    }
  }
}
