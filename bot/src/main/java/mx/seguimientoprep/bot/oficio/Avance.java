package mx.seguimientoprep.bot.oficio;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.registro.ComandoOficio;

/**
 * Lo que produce un paso de la conversación.
 *
 * @param conversacion la conversación que sigue y hay que guardar; vacía si terminó (hay que
 *     borrarla)
 * @param respuestas lo que se le contesta a la persona
 * @param guardar el oficio que hay que registrar ahora: solo al tocar [Guardar]; quien llama lo
 *     registra e informa el resultado con {@link CapturaDeOficio#guardado}, {@link
 *     CapturaDeOficio#yaRegistrado} o {@link CapturaDeOficio#rechazado}
 */
public record Avance(
    Optional<Conversacion> conversacion,
    List<Respuesta> respuestas,
    Optional<ComandoOficio> guardar) {

  public Avance {
    respuestas = List.copyOf(respuestas);
  }

  static Avance sigue(Conversacion conversacion, Respuesta respuesta) {
    return new Avance(Optional.of(conversacion), List.of(respuesta), Optional.empty());
  }

  static Avance termina(Respuesta respuesta) {
    return new Avance(Optional.empty(), List.of(respuesta), Optional.empty());
  }

  static Avance guarda(Conversacion conversacion, ComandoOficio comando) {
    return new Avance(Optional.of(conversacion), List.of(), Optional.of(comando));
  }
}
