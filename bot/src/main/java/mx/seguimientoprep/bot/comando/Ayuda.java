package mx.seguimientoprep.bot.comando;

import java.util.List;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * /ayuda: lo que el bot entiende, con ejemplos; de cada comando anunciado, sus renglones, por
 * sección, solo a quien puede usarlo.
 */
final class Ayuda {

  private static final String FRASES =
      """
      Pregúntame cómo va el PREP de una entidad; la reconozco por su nombre, siglas, abreviatura \
      o clave, con o sin acentos:
      • estado del PREP Durango
      • ¿Cómo va el PREP de Durango?
      • estado IEPC Durango · DURANGO · estado dgo · Edomex · 10""";

  private static final String PREGUNTAS = "\n\nTambién entiendo preguntas como estas:";

  private static final String CONVERSACION =
      """


      En la conversación: después de una pregunta, «¿y Coahuila?» la repite para otra entidad, \
      «otra vez» la repite y una pregunta sin entidad es sobre la misma. A una fecha: «al 30 de \
      noviembre de 2020», «en marzo de 2020», «el mes pasado». Un número de oficio o de acuerdo, \
      en cualquier parte del mensaje, me dice cuál buscar.""";

  private static final String EN_GRUPOS =
      "\n\nEn un grupo, escríbeme un comando o mencióname: @%s estado durango";

  private Ayuda() {}

  static Respuesta de(Comandos<?> comandos, Rol rol, String nombreDelBot) {
    StringBuilder texto = new StringBuilder(FRASES);
    for (Seccion seccion : Seccion.values()) {
      List<String> renglones =
          comandos.todos().stream()
              .filter(c -> c.seccion() == seccion && c.permiteA(rol))
              .flatMap(c -> c.ayuda().stream())
              .map(LineaDeAyuda::toString)
              .toList();
      if (!renglones.isEmpty()) {
        texto.append("\n\n").append(seccion.titulo()).append('\n');
        texto.append(String.join("\n", renglones));
      }
    }
    List<String> ejemplos =
        comandos.todos().stream()
            .filter(c -> c.anunciado() && c.permiteA(rol) && !c.ejemplos().isEmpty())
            .map(c -> "• " + c.ejemplos().get(0))
            .toList();
    if (!ejemplos.isEmpty()) {
      texto.append(PREGUNTAS).append('\n').append(String.join("\n", ejemplos));
    }
    texto.append(CONVERSACION);
    texto.append(String.format(EN_GRUPOS, nombreDelBot));
    return Respuesta.de(texto.toString());
  }
}
