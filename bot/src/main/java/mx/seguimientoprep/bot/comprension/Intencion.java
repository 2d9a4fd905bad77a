package mx.seguimientoprep.bot.comprension;

import java.util.Locale;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Lo que una persona le pide al bot. */
public enum Intencion {
  /** La tarjeta de estado del proceso actual de una entidad. */
  ESTADO(true),
  /** Los 10 oficios más recientes de una entidad. */
  OFICIOS(true),
  /** Los entregables pendientes o vencidos de una entidad. */
  PENDIENTES(true),
  ACUERDOS(true),
  SESIONES(true),
  /** Lo que vence en los próximos 30 días, en todas las entidades. */
  VENCIMIENTOS(false),
  AYUDA(false),
  /** Registrar un oficio: la conversación guiada o la forma de una línea. */
  REGISTRAR_OFICIO(false),
  /** Terminar la conversación en curso sin guardar. */
  CANCELAR(false),
  /** `/start` o `/start <código de invitación>`. */
  START(false),
  /** Un comando que el bot no conoce. */
  DESCONOCIDA(false),
  /** Un mensaje que no es para el bot (en un grupo, sin mención) o sin texto. */
  IGNORAR(false);

  private final boolean porEntidad;

  Intencion(boolean porEntidad) {
    this.porEntidad = porEntidad;
  }

  /** Si la pregunta es sobre una entidad, que hay que reconocer o preguntar. */
  public boolean porEntidad() {
    return porEntidad;
  }

  /** Los datos del botón que hace esta pregunta sobre una entidad: `estado:10`. */
  public String datosDeBoton(ClaveEntidad entidad) {
    if (!porEntidad) {
      throw new IllegalStateException(this + " no es una pregunta sobre una entidad");
    }
    return name().toLowerCase(Locale.ROOT) + ":" + entidad.valor();
  }

  /** La intención de unos datos de botón hechos por {@link #datosDeBoton}. */
  static Optional<Intencion> deBoton(String prefijo) {
    for (Intencion intencion : values()) {
      if (intencion.porEntidad && intencion.name().toLowerCase(Locale.ROOT).equals(prefijo)) {
        return Optional.of(intencion);
      }
    }
    return Optional.empty();
  }
}
