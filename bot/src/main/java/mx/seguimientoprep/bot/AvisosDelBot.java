package mx.seguimientoprep.bot;

import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.bot.respuesta.TextoDeAviso;
import mx.seguimientoprep.domain.aviso.ContenidoDeAviso;

/** Los avisos que el bot envía sin que se los pidan, redactados como sus respuestas. */
public final class AvisosDelBot {

  private AvisosDelBot() {}

  /** El mensaje de un aviso, con el botón de la tarjeta de estado de su entidad. */
  public static Respuesta mensaje(ContenidoDeAviso contenido) {
    return TextoDeAviso.de(
        contenido,
        new Boton(
            "Estado de " + contenido.nombreEntidad(),
            ComandosDelBot.ESTADO.datosDeBoton(contenido.entidad())));
  }
}
