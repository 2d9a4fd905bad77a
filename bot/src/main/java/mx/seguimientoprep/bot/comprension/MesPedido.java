package mx.seguimientoprep.bot.comprension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.fecha.Meses;

/**
 * El mes que pide un mensaje: {@code 2021-10}, {@code 10/2021}, {@code octubre 2021}, {@code
 * octubre de 2021} u {@code octubre} (el último octubre que no pasa del mes de la fecha de
 * referencia); sin mes, el anterior al de la fecha de referencia.
 */
public final class MesPedido {

  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})(?!\\d)");
  private static final Pattern MES_Y_ANO = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern ANO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

  private MesPedido() {}

  public static YearMonth en(String texto, LocalDate referencia) {
    YearMonth actual = YearMonth.from(referencia);
    String simple = Meses.simplificar(texto == null ? "" : texto);
    Optional<YearMonth> numerico = numerico(ISO.matcher(simple), 1, 2);
    if (numerico.isEmpty()) {
      numerico = numerico(MES_Y_ANO.matcher(simple), 2, 1);
    }
    if (numerico.isPresent()) {
      return numerico.get();
    }
    Optional<Meses.Encontrado> mes = Meses.buscar(simple);
    if (mes.isEmpty()) {
      return actual.minusMonths(1);
    }
    Matcher ano = ANO.matcher(simple);
    if (ano.find()) {
      return YearMonth.of(Integer.parseInt(ano.group(1)), mes.get().mes());
    }
    YearMonth esteAno = YearMonth.of(actual.getYear(), mes.get().mes());
    return esteAno.isAfter(actual) ? esteAno.minusYears(1) : esteAno;
  }

  private static Optional<YearMonth> numerico(Matcher m, int grupoAno, int grupoMes) {
    while (m.find()) {
      int mes = Integer.parseInt(m.group(grupoMes));
      if (mes >= 1 && mes <= 12) {
        return Optional.of(YearMonth.of(Integer.parseInt(m.group(grupoAno)), mes));
      }
    }
    return Optional.empty();
  }
}
