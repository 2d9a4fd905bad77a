package mx.seguimientoprep.bot.comprension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Lo que el bot entiende escrito como datos ({@code vocabulario.tsv}, junto a esta clase): los
 * grupos de palabras de las frases de cada comando, los ejemplos de cada comando (para /ayuda y
 * para sugerir qué escribir cuando no entiende) y los nombres con que la gente llama a cada
 * entregable del catálogo. Lo leen los descriptores de {@code ComandosDelBot} y el intérprete; es
 * el único lugar donde se agrega una manera de preguntar.
 */
public final class Vocabulario {

  /** El del bot, leído una vez. */
  public static final Vocabulario DEL_BOT = leer("vocabulario.tsv");

  private final Map<String, Set<String>> palabras;
  private final Map<String, List<String>> ejemplos;
  private final Map<String, List<List<String>>> entregables;

  private Vocabulario(
      Map<String, Set<String>> palabras,
      Map<String, List<String>> ejemplos,
      Map<String, List<List<String>>> entregables) {
    this.palabras = palabras;
    this.ejemplos = ejemplos;
    this.entregables = entregables;
  }

  /** Las palabras de un grupo, en su forma comparable; falla si el grupo no existe. */
  public Set<String> palabras(String grupo) {
    Set<String> suyas = palabras.get(grupo);
    if (suyas == null) {
      throw new IllegalArgumentException("El vocabulario no tiene el grupo «" + grupo + "».");
    }
    return suyas;
  }

  /** Los ejemplos de un comando, como se escriben; vacío si no tiene. */
  public List<String> ejemplos(String comando) {
    return ejemplos.getOrDefault(comando, List.of());
  }

  /**
   * Los nombres de cada entregable, por código ({@code E08}), cada uno como sus palabras en forma
   * comparable ({@code [proceso, tecnico, operativo]}).
   */
  public Map<String, List<List<String>>> entregables() {
    return entregables;
  }

  static Vocabulario leer(String recurso) {
    try (InputStream entrada = Vocabulario.class.getResourceAsStream(recurso)) {
      Objects.requireNonNull(entrada, recurso);
      BufferedReader lector =
          new BufferedReader(new InputStreamReader(entrada, StandardCharsets.UTF_8));
      Map<String, Set<String>> palabras = new LinkedHashMap<>();
      Map<String, List<String>> ejemplos = new LinkedHashMap<>();
      Map<String, List<List<String>>> entregables = new LinkedHashMap<>();
      String linea;
      int numero = 0;
      while ((linea = lector.readLine()) != null) {
        numero++;
        if (linea.isBlank() || linea.startsWith("#")) {
          continue;
        }
        String[] columnas = linea.split("\t");
        if (columnas.length != 3) {
          throw new IllegalStateException(
              recurso + ", renglón " + numero + ": se esperaban tres columnas: " + linea);
        }
        String clave = columnas[1].strip();
        String valor = columnas[2].strip();
        switch (columnas[0]) {
          case "palabras" -> {
            Set<String> grupo = new LinkedHashSet<>();
            for (String palabra : valor.split(",")) {
              String forma = TextoComparable.de(palabra);
              if (forma.isEmpty() || forma.contains(" ")) {
                throw new IllegalStateException(
                    recurso + ", renglón " + numero + ": «" + palabra + "» no es una palabra.");
              }
              grupo.add(forma);
            }
            palabras.put(clave, Set.copyOf(grupo));
          }
          case "ejemplo" -> ejemplos.computeIfAbsent(clave, c -> new ArrayList<>()).add(valor);
          case "entregable" -> {
            List<List<String>> nombres = new ArrayList<>();
            for (String nombre : valor.split(",")) {
              nombres.add(List.of(TextoComparable.de(nombre).split(" ")));
            }
            entregables.put(clave, List.copyOf(nombres));
          }
          default ->
              throw new IllegalStateException(
                  recurso + ", renglón " + numero + ": tipo desconocido «" + columnas[0] + "».");
        }
      }
      ejemplos.replaceAll((c, l) -> List.copyOf(l));
      return new Vocabulario(
          Map.copyOf(palabras), Map.copyOf(ejemplos), copiaOrdenada(entregables));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<List<String>>> copiaOrdenada(
      Map<String, List<List<String>>> entregables) {
    Map<String, List<List<String>>> copia = new LinkedHashMap<>(entregables);
    return java.util.Collections.unmodifiableMap(copia);
  }

  /** Para los mensajes de error: las palabras de un texto. */
  static List<String> palabrasDe(String texto) {
    String forma = TextoComparable.de(texto);
    return forma.isEmpty() ? List.of() : Arrays.asList(forma.split(" "));
  }
}
