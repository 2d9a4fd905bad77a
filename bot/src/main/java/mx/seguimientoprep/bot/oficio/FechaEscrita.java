package mx.seguimientoprep.bot.oficio;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Una fecha escrita por una persona, en las formas que acepta la hoja de seguimiento (workbook.md):
 * {@code dd/mm/aaaa}, {@code d/m/aa}, {@code aaaa-mm-dd}, {@code 3 de noviembre de 2020}, {@code
 * 3-nov-2020} y la forma larga de los informes, {@code tres (03) de noviembre de dos mil veinte
 * (2020)}, donde ganan los numerales entre paréntesis; además {@code hoy} y {@code ayer}. El día va
 * siempre primero: {@code 04/11/2021} es el 4 de noviembre. Los mensajes de error son los de la
 * hoja.
 */
final class FechaEscrita {

  private static final int PRIMER_ANO = 1900;
  private static final int ULTIMO_ANO = 2100;

  private static final Pattern ISO =
      Pattern.compile("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$");
  private static final Pattern DIA_PRIMERO =
      Pattern.compile("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{2}|\\d{4})$");
  private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
  private static final Pattern PALABRA = Pattern.compile("\\p{L}+");
  private static final Pattern ENTRE_PARENTESIS = Pattern.compile("\\(\\s*(\\d+)\\s*\\)");
  private static final Pattern DIGITOS = Pattern.compile("\\d+");
  private static final Pattern NO_ALFANUMERICOS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final String[] MESES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"
  };

  private static final Map<String, Integer> MES_POR_NOMBRE =
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

  private static final Map<String, Integer> NUMEROS =
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

  private FechaEscrita() {}

  /**
   * @param hoy la fecha de hoy, para {@code hoy} y {@code ayer}
   * @throws FechaInvalida si el texto no es una fecha o es una que no existe
   */
  static LocalDate leer(String texto, LocalDate hoy) {
    String original = texto == null ? "" : texto.strip();
    String simple = simplificar(original);
    if (simple.equals("hoy")) {
      return hoy;
    }
    if (simple.equals("ayer")) {
      return hoy.minusDays(1);
    }
    Matcher iso = ISO.matcher(simple);
    if (iso.matches()) {
      return fecha(original, entero(iso.group(1)), entero(iso.group(2)), entero(iso.group(3)));
    }
    Matcher diaPrimero = DIA_PRIMERO.matcher(simple);
    if (diaPrimero.matches()) {
      String ano = diaPrimero.group(3);
      return fecha(
          original,
          ano.length() == 2 ? siglo(entero(ano)) : entero(ano),
          entero(diaPrimero.group(2)),
          entero(diaPrimero.group(1)));
    }
    Matcher palabra = PALABRA.matcher(simple);
    while (palabra.find()) {
      Integer mes = MES_POR_NOMBRE.get(palabra.group());
      if (mes != null) {
        return conNombreDeMes(
            original, simple.substring(0, palabra.start()), mes, simple.substring(palabra.end()));
      }
    }
    throw FechaInvalida.noEsFecha(original);
  }

  /** `3 de noviembre de 2020`: los números antes y después del mes. */
  private static LocalDate conNombreDeMes(String original, String antes, int mes, String despues) {
    Optional<List<Integer>> dias = numerosEn(antes);
    Optional<List<Integer>> anos = numerosEn(despues);
    if (dias.isEmpty() || anos.isEmpty()) {
      throw FechaInvalida.noEsFecha(original);
    }
    List<Integer> dia = dias.get();
    List<Integer> ano = anos.get();
    if (dia.isEmpty() && ano.size() == 2) {
      dia = ano.subList(0, 1);
      ano = ano.subList(1, 2);
    }
    if (dia.size() != 1 || ano.size() != 1) {
      throw FechaInvalida.noEsFecha(original);
    }
    int elAno = ano.get(0);
    return fecha(original, elAno < 100 ? siglo(elAno) : elAno, mes, dia.get(0));
  }

  /** La fecha, o el error que dice por qué no existe. */
  private static LocalDate fecha(String original, int ano, int mes, int dia) {
    if (mes < 1 || mes > 12) {
      throw FechaInvalida.imposible(
          original
              + " no es una fecha válida: no existe el mes "
              + mes
              + " (el día va primero: dd/mm/aaaa).");
    }
    if (ano < PRIMER_ANO || ano > ULTIMO_ANO) {
      throw FechaInvalida.imposible(
          original
              + " no es una fecha válida: el año "
              + ano
              + " no está entre "
              + PRIMER_ANO
              + " y "
              + ULTIMO_ANO
              + ".");
    }
    int diasDelMes = YearMonth.of(ano, mes).lengthOfMonth();
    if (dia < 1 || dia > diasDelMes) {
      throw FechaInvalida.imposible(
          original
              + " no es una fecha válida: "
              + MESES[mes - 1]
              + " de "
              + ano
              + " tiene "
              + diasDelMes
              + " días.");
    }
    return LocalDate.of(ano, mes, dia);
  }

  /**
   * Los números escritos en un fragmento, en orden: ganan los numerales entre paréntesis; si no los
   * hay, las cifras; si tampoco, las palabras. Vacío si trae palabras que no son números.
   */
  private static Optional<List<Integer>> numerosEn(String fragmento) {
    List<Integer> numeros = new ArrayList<>();
    Matcher parentesis = ENTRE_PARENTESIS.matcher(fragmento);
    while (parentesis.find()) {
      numeros.add(entero(parentesis.group(1)));
    }
    if (numeros.isEmpty()) {
      Matcher digitos = DIGITOS.matcher(fragmento);
      while (digitos.find()) {
        numeros.add(entero(digitos.group()));
      }
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

  /** `dos mil veinte` es 2020; vacío si alguna palabra no es un número. */
  private static OptionalInt valor(String palabras) {
    int total = 0;
    int actual = 0;
    for (String palabra : palabras.strip().split("\\s+")) {
      if (palabra.equals("y")) {
        continue;
      }
      if (palabra.equals("mil")) {
        total += (actual == 0 ? 1 : actual) * 1000;
        actual = 0;
        continue;
      }
      Integer valor = NUMEROS.get(palabra);
      if (valor == null) {
        return OptionalInt.empty();
      }
      actual += valor;
    }
    return OptionalInt.of(total + actual);
  }

  /** En minúsculas, sin acentos y con los espacios colapsados. */
  private static String simplificar(String texto) {
    String sinAcentos =
        MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFD)).replaceAll("");
    return sinAcentos.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Un año de dos cifras: 00-69 son de este siglo, 70-99 del anterior. */
  private static int siglo(int ano) {
    return ano < 70 ? 2000 + ano : 1900 + ano;
  }

  private static int entero(String cifras) {
    return cifras.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(cifras);
  }
}
