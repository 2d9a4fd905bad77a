package mx.seguimientoprep.bot.comando;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Una manera de pedir un comando sin escribirlo, con palabras: las que delatan lo que se pide en
 * una frase libre (`¿cuáles son los oficios de Durango?`). Las palabras se comparan en su forma
 * comparable (sin acentos ni mayúsculas) y cuentan también como palabras vacías al buscar la
 * entidad en la frase.
 *
 * <p>Cuando una frase tiene palabras de dos comandos, gana la de menor {@link Precedencia} y, entre
 * iguales, la del comando que va antes en el catálogo: `acuerdos pendientes de Durango` son los
 * acuerdos, porque un tema gana a un filtro.
 *
 * @param grupos cada grupo debe tener al menos una palabra en la frase
 * @param maximoDePalabras si es positivo, la frase no tiene más palabras y la primera es del primer
 *     grupo (`cancelar`, `cancela eso`)
 */
public record Frase(
    Precedencia precedencia, List<Set<String>> grupos, int maximoDePalabras, Condicion condicion) {

  /** Qué frase gana cuando tiene palabras de varios comandos: la de menor precedencia. */
  public enum Precedencia {
    /** Lo que se le ordena al bot: cancelar, registrar un oficio, la ayuda. Gana a todo. */
    ORDEN,
    /** Una pregunta sobre todas las entidades: cuáles tienen vencidos, el resumen de todas. */
    ENTRE_ENTIDADES,
    /** Un aspecto de una entidad: quiénes integran su COTAPREP, su jornada, su último oficio. */
    ASPECTO,
    /** De qué registros se pregunta: oficios, acuerdos, sesiones. */
    TEMA,
    /** Qué parte de un proceso: lo pendiente, lo que vence. */
    FILTRO,
    /** Un saludo. */
    SALUDO,
    /** Una pregunta general por cómo va una entidad: `estado`, `¿cómo va?`. */
    GENERAL,
    /** Cualquier otra frase: la del comando por omisión (el estado). */
    CUALQUIER_OTRA
  }

  /** Si la frase debe nombrar una entidad. */
  public enum Condicion {
    SIEMPRE,
    CON_ENTIDAD,
    SIN_ENTIDAD
  }

  public Frase {
    Objects.requireNonNull(precedencia, "precedencia");
    Objects.requireNonNull(condicion, "condicion");
    grupos = grupos.stream().map(Frase::comparables).toList();
    if (grupos.isEmpty() != (precedencia == Precedencia.CUALQUIER_OTRA)) {
      throw new IllegalArgumentException("Solo la frase de cualquier otra cosa no tiene palabras.");
    }
  }

  /** Una frase con al menos una palabra de cada grupo: `registrar` y `oficio`. */
  @SafeVarargs
  public static Frase con(Precedencia precedencia, Set<String>... grupos) {
    List<Set<String>> todos = new ArrayList<>(grupos.length);
    for (Set<String> grupo : grupos) {
      todos.add(grupo);
    }
    return new Frase(precedencia, todos, 0, Condicion.SIEMPRE);
  }

  /** Una frase corta que empieza con una de esas palabras: `cancelar`, `cancela eso`. */
  public static Frase corta(Precedencia precedencia, int maximoDePalabras, Set<String> palabras) {
    if (maximoDePalabras < 1) {
      throw new IllegalArgumentException("Una frase corta tiene al menos una palabra.");
    }
    return new Frase(precedencia, List.of(palabras), maximoDePalabras, Condicion.SIEMPRE);
  }

  /** Cualquier frase que no sea de otro comando. */
  public static Frase cualquierOtra() {
    return new Frase(Precedencia.CUALQUIER_OTRA, List.of(), 0, Condicion.SIEMPRE);
  }

  /** La misma frase, solo si nombra una entidad. */
  public Frase conEntidad() {
    return new Frase(precedencia, grupos, maximoDePalabras, Condicion.CON_ENTIDAD);
  }

  /** La misma frase, solo si no nombra ninguna entidad. */
  public Frase sinEntidad() {
    return new Frase(precedencia, grupos, maximoDePalabras, Condicion.SIN_ENTIDAD);
  }

  /**
   * Si la frase es esta.
   *
   * @param palabras las palabras de la frase, en su forma comparable
   * @param nombraEntidad si la frase nombra una entidad; solo se pregunta si importa, porque buscar
   *     la entidad cuesta
   */
  public boolean reconoce(List<String> palabras, BooleanSupplier nombraEntidad) {
    if (maximoDePalabras > 0
        && (palabras.size() > maximoDePalabras || !grupos.get(0).contains(palabras.get(0)))) {
      return false;
    }
    for (Set<String> grupo : grupos) {
      if (palabras.stream().noneMatch(grupo::contains)) {
        return false;
      }
    }
    return switch (condicion) {
      case SIEMPRE -> true;
      case CON_ENTIDAD -> nombraEntidad.getAsBoolean();
      case SIN_ENTIDAD -> !nombraEntidad.getAsBoolean();
    };
  }

  /** Todas sus palabras. */
  public Set<String> palabras() {
    return grupos.stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> comparables(Set<String> palabras) {
    return palabras.stream().map(TextoComparable::de).collect(Collectors.toUnmodifiableSet());
  }
}
