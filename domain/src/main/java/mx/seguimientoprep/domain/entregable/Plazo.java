package mx.seguimientoprep.domain.entregable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;

/**
 * La regla del plazo de un entregable, como la escribe el catálogo:
 *
 * <ul>
 *   <li>en blanco: sin plazo fijo;
 *   <li>{@code J}, {@code J-9M+5D}, {@code J-51D}, {@code J+1M}: la jornada electoral más o menos
 *       meses ({@code M}) y días ({@code D}), aplicados de izquierda a derecha; al sumar meses, un
 *       día que no existe en el mes de llegada se ajusta al último día de ese mes (31/05 − 3M es
 *       28/02, o 29/02 en año bisiesto);
 *   <li>{@code MENSUAL:5}: el día 5 del mes siguiente al periodo que se informa.
 * </ul>
 *
 * El texto se guarda en forma canónica (`j - 09m + 5d` es `J-9M+5D`).
 */
public record Plazo(String texto) {

  private static final Pattern ESPACIOS = Pattern.compile("\\s+");
  private static final Pattern MENSUAL = Pattern.compile("MENSUAL:(\\d{1,2})");
  private static final Pattern RELATIVO = Pattern.compile("J((?:[+-]\\d{1,3}[MD])*)");
  private static final Pattern TERMINO = Pattern.compile("([+-])(\\d{1,3})([MD])");
  private static final String PREFIJO_MENSUAL = "MENSUAL:";

  public static final Plazo SIN_REGLA = new Plazo("");

  public Plazo {
    texto = canonico(texto);
  }

  public static Plazo de(String texto) {
    return new Plazo(texto);
  }

  public boolean sinRegla() {
    return texto.isEmpty();
  }

  public boolean mensual() {
    return texto.startsWith(PREFIJO_MENSUAL);
  }

  /**
   * La fecha en que vence el entregable: vacía si no hay regla, o si la regla depende de la jornada
   * y esta no se conoce.
   *
   * @param periodo el mes que se informa; necesario, y solo tomado en cuenta, en un plazo mensual
   */
  public Optional<LocalDate> vencimiento(LocalDate jornada, YearMonth periodo) {
    if (sinRegla()) {
      return Optional.empty();
    }
    if (mensual()) {
      if (periodo == null) {
        throw new IllegalArgumentException("El plazo " + texto + " es mensual: falta el periodo.");
      }
      YearMonth siguiente = periodo.plusMonths(1);
      int dia = Integer.parseInt(texto.substring(PREFIJO_MENSUAL.length()));
      return Optional.of(siguiente.atDay(Math.min(dia, siguiente.lengthOfMonth())));
    }
    if (jornada == null) {
      return Optional.empty();
    }
    LocalDate fecha = jornada;
    Matcher termino = TERMINO.matcher(texto);
    while (termino.find()) {
      long cantidad = Long.parseLong(termino.group(2)) * ("-".equals(termino.group(1)) ? -1 : 1);
      fecha = "M".equals(termino.group(3)) ? fecha.plusMonths(cantidad) : fecha.plusDays(cantidad);
    }
    return Optional.of(fecha);
  }

  private static String canonico(String texto) {
    if (texto == null || texto.isBlank()) {
      return "";
    }
    String compacto = ESPACIOS.matcher(texto).replaceAll("").toUpperCase(Locale.ROOT);
    Matcher mensual = MENSUAL.matcher(compacto);
    if (mensual.matches()) {
      int dia = Integer.parseInt(mensual.group(1));
      if (dia < 1 || dia > 31) {
        throw invalido(texto);
      }
      return PREFIJO_MENSUAL + dia;
    }
    Matcher relativo = RELATIVO.matcher(compacto);
    if (!relativo.matches()) {
      throw invalido(texto);
    }
    StringBuilder canonico = new StringBuilder("J");
    Matcher termino = TERMINO.matcher(relativo.group(1));
    while (termino.find()) {
      canonico
          .append(termino.group(1))
          .append(Integer.parseInt(termino.group(2)))
          .append(termino.group(3));
    }
    return canonico.toString();
  }

  private static DatoInvalido invalido(String texto) {
    return new DatoInvalido(
        "Plazo",
        texto,
        "«"
            + texto.strip()
            + "» no es un plazo válido: escriba J, J-9M+5D, J-51D, J+1M, MENSUAL:5 o déjelo en"
            + " blanco.");
  }

  @Override
  public String toString() {
    return texto;
  }
}
