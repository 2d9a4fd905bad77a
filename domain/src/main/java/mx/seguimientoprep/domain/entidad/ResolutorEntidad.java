package mx.seguimientoprep.domain.entidad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Reconoce una entidad en lo que escribe una persona, ignorando acentos, mayúsculas y puntuación.
 * Conoce la clave (`10`, `5`, `05`), el nombre, cada alias, las siglas y el nombre oficial. Las
 * siglas compuestas (`IEPC Durango`) enseñan también su primera palabra (`IEPC`), que por sí sola
 * es ambigua cuando varios OPL la comparten.
 *
 * <p>En una frase libre gana la forma más larga que aparece completa (`ciudad de méxico` es la
 * Ciudad de México, no el Estado de México). Las claves numéricas y los alias que son palabras
 * comunes del español (`son`, `sin`, `ver`) solo cuentan si son la única palabra significativa de
 * la frase. Si nada aparece, se sugieren hasta tres entidades que se escriben parecido: distancia
 * de Damerau–Levenshtein hasta 2 (hasta 1 para formas de menos de 5 letras; las de menos de 4 no se
 * sugieren nunca).
 */
public final class ResolutorEntidad {

  /** Alias de opl.tsv que también son palabras comunes de una pregunta en español. */
  private static final Set<String> PALABRAS_COMUNES =
      Set.of("son", "sin", "ver", "col", "pue", "chis", "tab", "mor", "camp");

  private static final int MAXIMO_SUGERENCIAS = 3;
  private static final int LETRAS_MINIMAS_PARA_SUGERIR = 4;
  private static final int LETRAS_DE_UNA_FORMA_CORTA = 5;

  private static final Comparator<Entidad> POR_CLAVE =
      Comparator.comparing(entidad -> entidad.getClave().valor());

  /**
   * Palabras significativas de una frase entre las que se buscan parecidos: las sugerencias son
   * para una pregunta corta mal escrita, y compararlas todas con cada forma costaría, en un mensaje
   * de 4 096 caracteres, millones de distancias de edición.
   */
  static final int PALABRAS_PARA_SUGERIR = 24;

  private final Map<String, SortedSet<Entidad>> porForma = new HashMap<>();

  /** Las formas por su primera palabra, cada una como lista de palabras: el índice de la frase. */
  private final Map<String, List<List<String>>> porPrimeraPalabra = new HashMap<>();

  /** Las formas que admiten parecidos, por su número de caracteres. */
  private final Map<Integer, List<String>> sugeriblesPorLargo = new HashMap<>();

  private final int palabrasDeLaFormaMasLarga;
  private final int caracteresDeLaFormaMasLarga;

  public ResolutorEntidad(Collection<Entidad> entidades) {
    for (Entidad entidad : entidades) {
      for (String forma : entidad.formas()) {
        indexar(TextoComparable.de(forma), entidad);
      }
      indexar(Integer.toString(entidad.getClave().numero()), entidad);
      String[] palabrasDeLasSiglas = TextoComparable.de(entidad.getSiglas()).split(" ");
      if (palabrasDeLasSiglas.length > 1) {
        indexar(palabrasDeLasSiglas[0], entidad);
      }
    }
    palabrasDeLaFormaMasLarga =
        porForma.keySet().stream().mapToInt(forma -> palabras(forma).size()).max().orElse(0);
    caracteresDeLaFormaMasLarga =
        porForma.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (String forma : porForma.keySet()) {
      List<String> suyas = palabras(forma);
      porPrimeraPalabra.computeIfAbsent(suyas.get(0), p -> new ArrayList<>()).add(suyas);
      int letras = forma.replace(" ", "").length();
      if (!soloCuentaSola(forma) && letras >= LETRAS_MINIMAS_PARA_SUGERIR) {
        sugeriblesPorLargo.computeIfAbsent(forma.length(), l -> new ArrayList<>()).add(forma);
      }
    }
  }

  /**
   * El texto completo como nombre de una entidad, con sugerencias si se escribe parecido a una (la
   * clave de un botón, las siglas de un número de oficio). Un campo que nombra una entidad se lee
   * con {@link #enCampo}.
   */
  public Resolucion resolver(String texto) {
    String forma = TextoComparable.de(texto);
    if (forma.isEmpty()) {
      return new Resolucion.NoEncontrada();
    }
    SortedSet<Entidad> exactas = porForma.get(forma);
    if (exactas != null) {
      return resolucion(exactas);
    }
    return sugerir(List.of(forma));
  }

  /**
   * La entidad (o las varias) que el texto entero nombra tal cual, sin calcular sugerencias: lo
   * primero que se prueba con una frase libre, donde las sugerencias del texto entero no sirven.
   */
  public Optional<Resolucion> exacta(String texto) {
    SortedSet<Entidad> exactas = porForma.get(TextoComparable.de(texto));
    return exactas == null ? Optional.empty() : Optional.of(resolucion(exactas));
  }

  /**
   * Para una frase libre (una pregunta al bot, la referencia de una URL): la entidad que el texto
   * entero nombra tal cual; si no, la que nombra la forma más larga que aparece en la frase, sin
   * contar las {@linkplain PalabrasVacias palabras vacías} de una pregunta; si no aparece ninguna,
   * las que se escriben parecido a sus palabras significativas.
   */
  public Resolucion enFrase(String frase) {
    return exacta(frase).orElseGet(() -> buscar(frase, PalabrasVacias.DE_UNA_PREGUNTA));
  }

  /**
   * {@link #enFrase(String)} con más palabras vacías que las del dominio: las de las frases de los
   * comandos del bot, que salen de sus descriptores.
   */
  public Resolucion enFrase(String frase, Set<String> masPalabrasVacias) {
    if (masPalabrasVacias.isEmpty()) {
      return enFrase(frase);
    }
    Set<String> vacias = new HashSet<>(PalabrasVacias.DE_UNA_PREGUNTA);
    masPalabrasVacias.forEach(p -> vacias.add(TextoComparable.de(p)));
    return exacta(frase).orElseGet(() -> buscar(frase, vacias));
  }

  /**
   * Para un campo que nombra una entidad (la columna `Entidad` de la hoja, el campo `entidad` de la
   * API, la referencia de una URL): lo que {@link #resolver} entiende del texto completo, salvo que
   * no la encuentre y el texto leído como frase sí (`estado de Durango`, `OPL de Coahuila`).
   */
  public Resolucion enCampo(String texto) {
    Optional<Resolucion> exacta = exacta(texto);
    if (exacta.isPresent()) {
      return exacta.get();
    }
    Optional<Resolucion> enFrase =
        hallar(palabras(TextoComparable.de(texto)), PalabrasVacias.DE_UNA_PREGUNTA);
    if (enFrase.isPresent() && enFrase.get() instanceof Resolucion.Encontrada) {
      return enFrase.get();
    }
    return resolver(texto);
  }

  /**
   * La entidad nombrada por la forma más larga que aparece en la frase. Las palabras vacías no
   * cuentan para decidir si una palabra común está sola, ni para las sugerencias. Fuera de las
   * pruebas, las palabras vacías son siempre las de {@link PalabrasVacias}: ver {@link #enFrase}.
   */
  Resolucion buscarEn(String frase, Set<String> palabrasVacias) {
    return buscar(
        frase, palabrasVacias.stream().map(TextoComparable::de).collect(Collectors.toSet()));
  }

  /** {@link #buscarEn} con las palabras vacías ya en su forma comparable. */
  private Resolucion buscar(String frase, Set<String> vacias) {
    List<String> palabras = palabras(TextoComparable.de(frase));
    return hallar(palabras, vacias)
        .orElseGet(() -> sugerir(secuencias(significativas(palabras, vacias))));
  }

  /**
   * Las entidades que nombra la forma más larga que aparece completa; vacío si ninguna. Cada
   * posición de la frase se compara solo con las formas que empiezan con su palabra (el índice por
   * primera palabra), así que el costo crece con las palabras de la frase, no con su cuadrado.
   */
  private Optional<Resolucion> hallar(List<String> palabras, Set<String> vacias) {
    List<String> significativas = significativas(palabras, vacias);
    String unicaSignificativa = significativas.size() == 1 ? significativas.get(0) : null;
    int largoHallado = 0;
    SortedSet<Entidad> halladas = new TreeSet<>(POR_CLAVE);
    for (int inicio = 0; inicio < palabras.size(); inicio++) {
      for (List<String> forma : porPrimeraPalabra.getOrDefault(palabras.get(inicio), List.of())) {
        int largo = forma.size();
        if (largo < largoHallado
            || inicio + largo > palabras.size()
            || !forma.equals(palabras.subList(inicio, inicio + largo))) {
          continue;
        }
        String texto = largo == 1 ? forma.get(0) : String.join(" ", forma);
        if (soloCuentaSola(texto) && !texto.equals(unicaSignificativa)) {
          continue;
        }
        if (largo > largoHallado) {
          largoHallado = largo;
          halladas.clear();
        }
        halladas.addAll(porForma.get(texto));
      }
    }
    return halladas.isEmpty() ? Optional.empty() : Optional.of(resolucion(halladas));
  }

  private static List<String> significativas(List<String> palabras, Set<String> vacias) {
    return palabras.stream().filter(p -> !vacias.contains(p)).toList();
  }

  private void indexar(String forma, Entidad entidad) {
    if (!forma.isEmpty()) {
      porForma.computeIfAbsent(forma, f -> new TreeSet<>(POR_CLAVE)).add(entidad);
    }
  }

  private static boolean soloCuentaSola(String forma) {
    return PALABRAS_COMUNES.contains(forma) || forma.chars().allMatch(Character::isDigit);
  }

  private Resolucion resolucion(SortedSet<Entidad> entidades) {
    if (entidades.size() == 1) {
      return new Resolucion.Encontrada(entidades.first());
    }
    return new Resolucion.Ambigua(new ArrayList<>(entidades));
  }

  private Resolucion sugerir(List<String> escritos) {
    Map<Entidad, Integer> distanciaMinima = new LinkedHashMap<>();
    for (String escrito : escritos) {
      // La distancia de edición es al menos la diferencia de longitudes: solo se comparan las
      // formas de un largo cercano.
      for (int largo = escrito.length() - 2; largo <= escrito.length() + 2; largo++) {
        for (String forma : sugeriblesPorLargo.getOrDefault(largo, List.of())) {
          int letras = forma.replace(" ", "").length();
          int tolerancia = letras < LETRAS_DE_UNA_FORMA_CORTA ? 1 : 2;
          if (Math.abs(escrito.length() - forma.length()) > tolerancia) {
            continue;
          }
          int distancia = DistanciaDeEdicion.hasta(escrito, forma, tolerancia);
          if (distancia <= tolerancia) {
            for (Entidad entidad : porForma.get(forma)) {
              distanciaMinima.merge(entidad, distancia, Math::min);
            }
          }
        }
      }
    }
    if (distanciaMinima.isEmpty()) {
      return new Resolucion.NoEncontrada();
    }
    List<Entidad> cercanas =
        distanciaMinima.keySet().stream()
            .sorted(
                Comparator.<Entidad, Integer>comparing(distanciaMinima::get)
                    .thenComparing(POR_CLAVE))
            .limit(MAXIMO_SUGERENCIAS)
            .toList();
    return new Resolucion.Sugerencias(cercanas);
  }

  /**
   * Las secuencias de palabras que pueden parecerse a una forma: de las primeras {@link
   * #PALABRAS_PARA_SUGERIR} palabras significativas, las de hasta tantas palabras como la forma más
   * larga y no más largas que ella (más dos letras de tolerancia).
   */
  private List<String> secuencias(List<String> todas) {
    List<String> palabras = todas.subList(0, Math.min(todas.size(), PALABRAS_PARA_SUGERIR));
    List<String> secuencias = new ArrayList<>();
    for (int inicio = 0; inicio < palabras.size(); inicio++) {
      StringBuilder secuencia = new StringBuilder();
      for (int fin = inicio;
          fin < palabras.size() && fin - inicio < palabrasDeLaFormaMasLarga;
          fin++) {
        if (fin > inicio) {
          secuencia.append(' ');
        }
        secuencia.append(palabras.get(fin));
        if (secuencia.length() > caracteresDeLaFormaMasLarga + 2) {
          break;
        }
        secuencias.add(secuencia.toString());
      }
    }
    return secuencias;
  }

  private static List<String> palabras(String forma) {
    return forma.isEmpty() ? List.of() : Arrays.asList(forma.split(" "));
  }
}
