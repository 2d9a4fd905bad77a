package mx.seguimientoprep.domain.fecha;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Los nombres de los meses como se escriben en una fecha: completos o abreviados. */
public final class Meses {

  private static final String[] NOMBRES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"
  };

  private static final Map<String, Integer> POR_NOMBRE =
      Map.ofEntries(
          Map.entry("enero", 1),
          Map.entry("ene", 1),
          Map.entry("jan", 1),
          Map.entry("febrero", 2),
          Map.entry("feb", 2),
          Map.entry("marzo", 3),
          Map.entry("mar", 3),
          Map.entry("abril", 4),
          Map.entry("abr", 4),
          Map.entry("apr", 4),
          Map.entry("mayo", 5),
          Map.entry("may", 5),
          Map.entry("junio", 6),
          Map.entry("jun", 6),
          Map.entry("julio", 7),
          Map.entry("jul", 7),
          Map.entry("agosto", 8),
          Map.entry("ago", 8),
          Map.entry("aug", 8),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("set", 9),
          Map.entry("octubre", 10),
          Map.entry("oct", 10),
          Map.entry("noviembre", 11),
          Map.entry("nov", 11),
          Map.entry("diciembre", 12),
          Map.entry("dic", 12),
          Map.entry("dec", 12));

  private static final Pattern PALABRA = Pattern.compile("\\p{L}+");
  private static final Pattern MARCAS = Pattern.compile("\\p{M}+");

  private Meses() {}

  /** El mes escrito en el texto ya en minúsculas y sin acentos, con su posición. */
  public static Optional<Encontrado> buscar(String texto) {
    Matcher palabra = PALABRA.matcher(texto);
    while (palabra.find()) {
      Integer mes = POR_NOMBRE.get(palabra.group());
      if (mes != null) {
        return Optional.of(new Encontrado(mes, palabra.start(), palabra.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * El número del mes escrito con su nombre completo ({@code marzo}, {@code setiembre}), en
   * minúsculas y sin acentos; {@code null} si la palabra no lo es. Las abreviaturas no cuentan: en
   * una frase libre, «mar» o «set» son otras palabras.
   */
  public static Integer completo(String palabra) {
    if (palabra.equals("setiembre")) {
      return 9;
    }
    for (int i = 0; i < NOMBRES.length; i++) {
      if (NOMBRES[i].equals(palabra)) {
        return i + 1;
      }
    }
    return null;
  }

  public static String nombre(int mes) {
    return NOMBRES[mes - 1];
  }

  /** En minúsculas, sin acentos y con los espacios colapsados. */
  public static String simplificar(String texto) {
    String sinAcentos =
        MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFD)).replaceAll("");
    return sinAcentos.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  public record Encontrado(int mes, int inicio, int fin) {}
}
