package mx.seguimientoprep.bot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.entidad.Entidad;

/**
 * El informe del mes como documento, para enviarlo al chat (puerto del bot: lo implementa la
 * aplicación con el escritor del documento, que el bot no conoce).
 */
public interface InformesDelMes {

  /**
   * El informe del mes de la entidad, del proceso que era el actual al cierre del mes; vacío si la
   * entidad no tiene procesos.
   *
   * @param presentacion la fecha de presentación de la portada
   * @param autor quien lo pide, para la constancia de que se generó
   */
  Optional<Respuesta.Documento> informe(
      Entidad entidad, YearMonth mes, LocalDate presentacion, String autor);
}
