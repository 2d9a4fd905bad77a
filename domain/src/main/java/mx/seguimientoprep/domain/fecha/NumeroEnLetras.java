package mx.seguimientoprep.domain.fecha;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Los números escritos con letras en las fechas de los informes: días ({@code tres}, {@code
 * veintiuno}, {@code primero}) y años ({@code dos mil veinte}, {@code mil novecientos noventa y
 * nueve}). El texto llega en minúsculas y sin acentos.
 */
public final class NumeroEnLetras {

  private static final Map<String, Integer> VALORES =
      Map.ofEntries(
          Map.entry("cero", 0),
          Map.entry("un", 1),
          Map.entry("uno", 1),
          Map.entry("primero", 1),
          Map.entry("dos", 2),
          Map.entry("tres", 3),
          Map.entry("cuatro", 4),
          Map.entry("cinco", 5),
          Map.entry("seis", 6),
          Map.entry("siete", 7),
          Map.entry("ocho", 8),
          Map.entry("nueve", 9),
          Map.entry("diez", 10),
          Map.entry("once", 11),
          Map.entry("doce", 12),
          Map.entry("trece", 13),
          Map.entry("catorce", 14),
          Map.entry("quince", 15),
          Map.entry("dieciseis", 16),
          Map.entry("diecisiete", 17),
          Map.entry("dieciocho", 18),
          Map.entry("diecinueve", 19),
          Map.entry("veinte", 20),
          Map.entry("veintiun", 21),
          Map.entry("veintiuno", 21),
          Map.entry("veintidos", 22),
          Map.entry("veintitres", 23),
          Map.entry("veinticuatro", 24),
          Map.entry("veinticinco", 25),
          Map.entry("veintiseis", 26),
          Map.entry("veintisiete", 27),
          Map.entry("veintiocho", 28),
          Map.entry("veintinueve", 29),
          Map.entry("treinta", 30),
          Map.entry("cuarenta", 40),
          Map.entry("cincuenta", 50),
          Map.entry("sesenta", 60),
          Map.entry("setenta", 70),
          Map.entry("ochenta", 80),
          Map.entry("noventa", 90),
          Map.entry("cien", 100),
          Map.entry("ciento", 100),
          Map.entry("doscientos", 200),
          Map.entry("trescientos", 300),
          Map.entry("cuatrocientos", 400),
          Map.entry("quinientos", 500),
          Map.entry("seiscientos", 600),
          Map.entry("setecientos", 700),
          Map.entry("ochocientos", 800),
          Map.entry("novecientos", 900));

  private static final Pattern ENTRE_PARENTESIS = Pattern.compile("\\(\\s*(\\d+)\\s*\\)");
  private static final Pattern DIGITOS = Pattern.compile("\\d+");
  private static final Pattern NO_ALFANUMERICOS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Las palabras que acompañan a los números de una fecha sin ser números. */
  private static final Set<String> DE_RELLENO =
      Set.of(
          "de",
          "del",
          "el",
          "la",
          "los",
          "a",
          "al",
          "dia",
          "dias",
          "mes",
          "ano",
          "anos",
          "lunes",
          "martes",
          "miercoles",
          "jueves",
          "viernes",
          "sabado",
          "domingo");

  private static final String[] UNIDADES = {
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve"
  };

  private static final String[] DECENAS = {
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
  };

  private static final String[] CENTENAS = {
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos"
  };

  /**
   * Un número de 0 a 999 999 con letras, como lo escriben los informes: {@code veintiuno}, {@code
   * dos mil veinte}, {@code mil novecientos noventa y nueve}. Es lo que {@link #numerosEn} lee.
   */
  public static String escribir(int numero) {
    if (numero < 0 || numero > 999_999) {
      throw new IllegalArgumentException("Fuera de rango: " + numero);
    }
    if (numero == 0) {
      return UNIDADES[0];
    }
    int miles = numero / 1000;
    int resto = numero % 1000;
    StringBuilder texto = new StringBuilder();
    if (miles > 0) {
      texto.append(
          miles == 1
              ? "mil"
              : menorQueMil(miles).replaceAll("veintiuno$", "veintiún").replaceAll("uno$", "un")
                  + " mil");
    }
    if (resto > 0) {
      texto.append(texto.length() > 0 ? " " : "").append(menorQueMil(resto));
    }
    return texto.toString();
  }

  private static String menorQueMil(int numero) {
    if (numero == 100) {
      return "cien";
    }
    int centenas = numero / 100;
    int resto = numero % 100;
    String decenas;
    if (resto == 0) {
      decenas = "";
    } else if (resto < 30) {
      decenas = UNIDADES[resto];
    } else {
      decenas = DECENAS[resto / 10] + (resto % 10 == 0 ? "" : " y " + UNIDADES[resto % 10]);
    }
    if (centenas == 0) {
      return decenas;
    }
    return CENTENAS[centenas] + (decenas.isEmpty() ? "" : " " + decenas);
  }

  private NumeroEnLetras() {}

  /**
   * Los números escritos en un fragmento de fecha, en orden. Los numerales entre paréntesis ganan
   * ({@code tres (03)} es 3 aunque las letras digan otra cosa); si no los hay, cuentan las cifras;
   * si tampoco, las palabras. Vacío si el fragmento trae palabras que no son números.
   */
  public static Optional<List<Integer>> numerosEn(String fragmento) {
    List<Integer> numeros = new ArrayList<>();
    Matcher parentesis = ENTRE_PARENTESIS.matcher(fragmento);
    while (parentesis.find()) {
      numeros.add(Integer.parseInt(parentesis.group(1)));
    }
    if (!numeros.isEmpty()) {
      return Optional.of(numeros);
    }
    Matcher digitos = DIGITOS.matcher(fragmento);
    while (digitos.find()) {
      numeros.add(
          digitos.group().length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digitos.group()));
    }
    if (!numeros.isEmpty()) {
      return Optional.of(numeros);
    }
    StringBuilder palabras = new StringBuilder();
    for (String palabra : NO_ALFANUMERICOS.split(fragmento)) {
      if (!palabra.isEmpty() && !DE_RELLENO.contains(palabra)) {
        palabras.append(palabra).append(' ');
      }
    }
    if (palabras.length() == 0) {
      return Optional.of(List.of());
    }
    OptionalInt valor = valor(palabras.toString());
    return valor.isPresent() ? Optional.of(List.of(valor.getAsInt())) : Optional.empty();
  }

  /** El valor de palabras como {@code dos mil veinte}; vacío si alguna no es un número. */
  static OptionalInt valor(String palabras) {
    int total = 0;
    int actual = 0;
    boolean alguna = false;
    for (String palabra : palabras.strip().split("\\s+")) {
      if (palabra.isEmpty() || palabra.equals("y")) {
        continue;
      }
      if (palabra.equals("mil")) {
        total += (actual == 0 ? 1 : actual) * 1000;
        actual = 0;
        alguna = true;
        continue;
      }
      Integer valor = VALORES.get(palabra);
      if (valor == null) {
        return OptionalInt.empty();
      }
      actual += valor;
      alguna = true;
    }
    return alguna ? OptionalInt.of(total + actual) : OptionalInt.empty();
  }
}
