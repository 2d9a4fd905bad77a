package mx.seguimientoprep.informe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.FechaInvalida;

/**
 * Una fecha escrita dentro de un enunciado, con su posición: «tres (03) de noviembre de dos mil
 * veinte (2020)», «veintisiete de noviembre de dos mil veintitrés», «21 de octubre de 2021», «doce
 * (12) de marzo del año en curso», «el 29 de octubre», {@code 04-04-2020}. El valor lo lee {@link
 * FechaEscrita}, el mismo lector de fechas del libro; aquí solo se encuentra el fragmento. Sin año
 * en el texto, el año es el del informe y la fecha queda {@link #inferida()}.
 */
public record FechaEnTexto(LocalDate fecha, int inicio, int fin, boolean inferida) {

  private static final String PALABRA_DIA =
      "(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
          + "|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veinti[uú]n"
          + "|veintid[oó]s|veintitr[eé]s|veinticuatro|veinticinco|veintis[eé]is|veintisiete"
          + "|veintiocho|veintinueve|treinta y uno|treinta)";
  private static final String MES =
      "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
          + "|noviembre|diciembre)";
  private static final String ANO =
      "(?:\\d{4}|dos mil(?:\\s+" + PALABRA_DIA + ")?(?:\\s*\\(\\s*\\d{4}\\s*\\))?)";
  private static final Pattern LARGA =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?<dia>"
              + PALABRA_DIA
              + "(?:\\s*\\(\\s*\\d{1,2}\\s*\\))?|\\d{1,2})\\s+de\\s+(?<mes>"
              + MES
              + ")(?:\\s+(?:de|del)\\s+(?:(?<curso>a[ñn]o en curso|presente a[ñn]o)|(?:a[ñn]o\\s+)?(?<ano>"
              + ANO
              + ")))?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERICA =
      Pattern.compile("(?<![\\d/-])(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})(?![\\d/-])");

  /** Las fechas del texto, en orden; {@code anoDelInforme} completa las que no dicen el año. */
  public static List<FechaEnTexto> en(String texto, int anoDelInforme) {
    List<FechaEnTexto> fechas = new ArrayList<>();
    Matcher larga = LARGA.matcher(texto);
    while (larga.find()) {
      String dia = larga.group("dia");
      String mes = larga.group("mes");
      String ano = larga.group("ano");
      boolean inferida = ano == null && larga.group("curso") == null;
      String escrita =
          dia + " de " + mes + " de " + (ano == null ? String.valueOf(anoDelInforme) : ano);
      try {
        fechas.add(
            new FechaEnTexto(FechaEscrita.leer(escrita), larga.start(), larga.end(), inferida));
      } catch (FechaInvalida imposible) {
        // Un fragmento con forma de fecha que no es una fecha (un 31 de junio) no se propone.
      }
    }
    Matcher numerica = NUMERICA.matcher(texto);
    while (numerica.find()) {
      try {
        fechas.add(
            new FechaEnTexto(
                FechaEscrita.leer(numerica.group().replace('-', '/')),
                numerica.start(),
                numerica.end(),
                false));
      } catch (FechaInvalida imposible) {
        // Igual que arriba.
      }
    }
    fechas.sort((a, b) -> Integer.compare(a.inicio(), b.inicio()));
    return fechas;
  }
}
