package mx.seguimientoprep.bot.comprension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.Comandos;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Los ejemplos de los comandos que más se parecen a lo que alguien escribió y el bot no entendió:
 * los que comparten más palabras con el texto (una palabra se parece a otra si es igual o si
 * empiezan con las mismas cinco letras: `vencidos` y `vencido`, `integran` e `integrantes`). Si
 * ninguno se parece, los primeros ejemplos de los comandos más usados. Uno por comando.
 *
 * @param <C> lo que el despachador da a los manejadores de los comandos
 */
public final class EjemplosCercanos<C> {

  /** Un ejemplo y el comando que pide. */
  public record Ejemplo<C>(Comando<C> comando, String texto) {}

  private static final int PREFIJO = 5;

  /** Las palabras del texto que se comparan, como mucho: el costo no crece con un texto largo. */
  private static final int PALABRAS_MAXIMAS = 40;

  /** Palabras que no dicen qué se pregunta. */
  private static final Set<String> SIN_SIGNIFICADO =
      Set.of("que", "los", "las", "del", "por", "para", "con", "una", "uno", "como", "cual", "me");

  private record Candidato<C>(Comando<C> comando, String texto, List<String> palabras, int orden) {}

  private final List<Candidato<C>> candidatos = new ArrayList<>();

  public EjemplosCercanos(Comandos<C> comandos) {
    int orden = 0;
    for (Comando<C> comando : comandos.todos()) {
      for (String ejemplo : comando.ejemplos()) {
        candidatos.add(new Candidato<>(comando, ejemplo, significativas(ejemplo), orden++));
      }
    }
  }

  /** Hasta {@code cuantos} ejemplos, de comandos distintos que la persona puede usar. */
  public List<Ejemplo<C>> para(String texto, Predicate<Comando<C>> permitido, int cuantos) {
    List<String> escritas = significativas(texto);
    if (escritas.size() > PALABRAS_MAXIMAS) {
      escritas = escritas.subList(0, PALABRAS_MAXIMAS);
    }
    record Puntuado<C>(Candidato<C> candidato, int puntos) {}
    List<Puntuado<C>> puntuados = new ArrayList<>();
    for (Candidato<C> c : candidatos) {
      if (permitido.test(c.comando())) {
        puntuados.add(new Puntuado<>(c, parecido(escritas, c.palabras())));
      }
    }
    puntuados.sort(
        Comparator.comparing((Puntuado<C> p) -> -p.puntos())
            .thenComparing(p -> p.candidato().orden()));
    List<Ejemplo<C>> elegidos = new ArrayList<>();
    Set<Comando<C>> usados = new HashSet<>();
    for (Puntuado<C> p : puntuados) {
      if (elegidos.size() == cuantos) {
        break;
      }
      if (usados.add(p.candidato().comando())) {
        elegidos.add(new Ejemplo<>(p.candidato().comando(), p.candidato().texto()));
      }
    }
    return elegidos;
  }

  private static int parecido(List<String> escritas, List<String> delEjemplo) {
    int puntos = 0;
    for (String escrita : escritas) {
      for (String suya : delEjemplo) {
        if (escrita.equals(suya)
            || (escrita.length() >= PREFIJO
                && suya.length() >= PREFIJO
                && escrita.regionMatches(0, suya, 0, PREFIJO))) {
          puntos++;
          break;
        }
      }
    }
    return puntos;
  }

  private static List<String> significativas(String texto) {
    String forma = TextoComparable.de(texto);
    List<String> palabras = new ArrayList<>();
    if (forma.isEmpty()) {
      return palabras;
    }
    for (String palabra : forma.split(" ")) {
      if (palabra.length() > 2 && !SIN_SIGNIFICADO.contains(palabra)) {
        palabras.add(palabra);
      }
    }
    return palabras;
  }
}
