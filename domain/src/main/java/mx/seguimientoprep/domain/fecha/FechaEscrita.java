package mx.seguimientoprep.domain.fecha;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Lee una fecha escrita en cualquiera de las formas del libro y de los informes: {@code
 * dd/mm/aaaa}, {@code d/m/aa}, {@code aaaa-mm-dd}, {@code 3 de noviembre de 2020}, {@code
 * 3-nov-2020} y la forma larga de los informes {@code tres (03) de noviembre de dos mil veinte
 * (2020)}, donde mandan las cifras entre paréntesis. El día va siempre primero: {@code 04/11/2021}
 * es el 4 de noviembre. Una fecha imposible ({@code 31/02/2021}) se rechaza con el motivo.
 *
 * <p>Quien escribe en una conversación (el bot) puede decir además {@code hoy} y {@code ayer}:
 * {@link #leer(String, LocalDate)}.
 */
public final class FechaEscrita {

  public static final int PRIMER_ANO = 1900;
  public static final int ULTIMO_ANO = 2100;

  /** El día cero de las fechas de Excel (sistema 1900, a partir de marzo de 1900). */
  private static final LocalDate EPOCA_EXCEL = LocalDate.of(1899, 12, 30);

  /** Un número sin formato de fecha se acepta como fecha de Excel solo en 1990-2099. */
  private static final double SERIE_MINIMA = 32_874;

  private static final double SERIE_MAXIMA = 73_050;

  private static final Pattern HORA =
      Pattern.compile(
          "\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s*m\\.?)?(?:\\s*(?:h|hrs|horas))?$");
  private static final Pattern ISO =
      Pattern.compile("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?:t[\\d:.]*)?$");
  private static final Pattern DIA_PRIMERO =
      Pattern.compile("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{2}|\\d{4})$");

  private FechaEscrita() {}

  /**
   * @throws FechaInvalida si el texto no es una fecha, o es una que no existe
   */
  public static LocalDate leer(String texto) {
    if (texto == null || texto.isBlank()) {
      throw FechaInvalida.noEsFecha("");
    }
    String original = texto.strip();
    String simple = HORA.matcher(Meses.simplificar(original)).replaceFirst("");
    Matcher iso = ISO.matcher(simple);
    if (iso.matches()) {
      return fecha(original, entero(iso.group(1)), entero(iso.group(2)), entero(iso.group(3)));
    }
    Matcher diaPrimero = DIA_PRIMERO.matcher(simple);
    if (diaPrimero.matches()) {
      return fecha(
          original,
          ano(diaPrimero.group(3)),
          entero(diaPrimero.group(2)),
          entero(diaPrimero.group(1)));
    }
    Optional<Meses.Encontrado> mes = Meses.buscar(simple);
    if (mes.isPresent()) {
      return conNombreDeMes(original, simple, mes.get());
    }
    throw noEsFecha(original);
  }

  /**
   * La fecha en la forma larga de los informes: {@code tres (03) de noviembre de dos mil veinte
   * (2020)}; el día 1 es {@code primero (01)}. {@link #leer(String)} la lee de vuelta.
   */
  public static String enLetras(LocalDate fecha) {
    int dia = fecha.getDayOfMonth();
    return (dia == 1 ? "primero" : NumeroEnLetras.escribir(dia))
        + " ("
        + (dia < 10 ? "0" : "")
        + dia
        + ") de "
        + Meses.nombre(fecha.getMonthValue())
        + " de "
        + NumeroEnLetras.escribir(fecha.getYear())
        + " ("
        + fecha.getYear()
        + ")";
  }

  /**
   * Una fecha escrita en una conversación: {@code hoy} y {@code ayer}, o cualquier forma de {@link
   * #leer(String)}.
   *
   * @param hoy la fecha de hoy, para {@code hoy} y {@code ayer}
   * @throws FechaInvalida si el texto no es una fecha, o es una que no existe
   */
  public static LocalDate leer(String texto, LocalDate hoy) {
    String simple = TextoComparable.de(texto == null ? "" : texto);
    if (simple.equals("hoy")) {
      return hoy;
    }
    if (simple.equals("ayer")) {
      return hoy.minusDays(1);
    }
    return leer(texto);
  }

  /**
   * Una fecha de Excel que llegó como número, sin formato de fecha: {@code 44138} es el 3 de
   * noviembre de 2020. Solo un entero entre 1990 y 2099 se toma por fecha.
   *
   * @param comoSeVe el número como lo muestra la hoja, para el mensaje
   * @throws FechaInvalida si el número no puede ser una fecha
   */
  public static LocalDate deExcel(double serie, String comoSeVe) {
    if (serie == Math.rint(serie) && serie >= SERIE_MINIMA && serie <= SERIE_MAXIMA) {
      return EPOCA_EXCEL.plusDays((long) serie);
    }
    throw noEsFecha(comoSeVe);
  }

  private static LocalDate conNombreDeMes(String original, String simple, Meses.Encontrado mes) {
    Optional<List<Integer>> antes = NumeroEnLetras.numerosEn(simple.substring(0, mes.inicio()));
    Optional<List<Integer>> despues = NumeroEnLetras.numerosEn(simple.substring(mes.fin()));
    if (antes.isEmpty() || despues.isEmpty()) {
      throw noEsFecha(original);
    }
    List<Integer> dias = antes.get();
    List<Integer> anos = despues.get();
    if (dias.isEmpty() && anos.size() == 2) {
      dias = anos.subList(0, 1);
      anos = anos.subList(1, 2);
    }
    if (dias.size() != 1 || anos.size() != 1) {
      throw noEsFecha(original);
    }
    int ano = anos.get(0);
    return fecha(original, ano < 100 ? siglo(ano) : ano, mes.mes(), dias.get(0));
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
              + Meses.nombre(mes)
              + " de "
              + ano
              + " tiene "
              + diasDelMes
              + " días.");
    }
    return LocalDate.of(ano, mes, dia);
  }

  private static FechaInvalida noEsFecha(String original) {
    return FechaInvalida.noEsFecha(original);
  }

  private static int ano(String cifras) {
    int ano = entero(cifras);
    return cifras.length() == 2 ? siglo(ano) : ano;
  }

  /** Un año de dos cifras: 00-69 son de este siglo, 70-99 del anterior. */
  public static int siglo(int ano) {
    return ano < 70 ? 2000 + ano : 1900 + ano;
  }

  private static int entero(String cifras) {
    return Integer.parseInt(cifras);
  }
}
