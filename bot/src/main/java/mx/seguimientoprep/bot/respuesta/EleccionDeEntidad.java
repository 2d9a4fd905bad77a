package mx.seguimientoprep.bot.respuesta;

import java.util.List;
import java.util.function.Function;
import mx.seguimientoprep.domain.entidad.Entidad;

/**
 * Las preguntas que ofrecen entidades para tocar: cuando un nombre es ambiguo, cuando se escribió
 * con una errata, cuando falta.
 */
public final class EleccionDeEntidad {

  private static final int POR_FILA = 3;

  private EleccionDeEntidad() {}

  /** «¿Quisiste decir Durango?», con un botón por sugerencia. */
  public static Respuesta quisisteDecir(
      List<Entidad> sugerencias, Function<Entidad, String> datosDeBoton) {
    return Respuesta.de(
        "¿Quisiste decir " + nombres(sugerencias) + "?", botones(sugerencias, datosDeBoton));
  }

  public static Respuesta cual(
      String pregunta, List<Entidad> candidatas, Function<Entidad, String> datosDeBoton) {
    return Respuesta.de(pregunta, botones(candidatas, datosDeBoton));
  }

  /** Un botón por entidad, con su nombre, de tres en tres. */
  public static List<List<Boton>> botones(
      List<Entidad> entidades, Function<Entidad, String> datosDeBoton) {
    return Respuesta.enFilas(
        entidades.stream().map(e -> new Boton(e.getNombre(), datosDeBoton.apply(e))).toList(),
        POR_FILA);
  }

  /** `Durango`, `Durango o Guerrero`, `Chiapas, Durango o Guerrero`. */
  private static String nombres(List<Entidad> entidades) {
    List<String> nombres = entidades.stream().map(Entidad::getNombre).toList();
    if (nombres.size() == 1) {
      return nombres.get(0);
    }
    return String.join(", ", nombres.subList(0, nombres.size() - 1))
        + " o "
        + nombres.get(nombres.size() - 1);
  }
}
