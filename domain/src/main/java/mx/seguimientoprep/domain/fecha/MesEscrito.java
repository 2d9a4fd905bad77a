package mx.seguimientoprep.domain.fecha;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lee un mes como lo escriben las personas (el periodo de un entregable mensual): {@code 2020-10},
 * {@code 10/2020}, {@code octubre 2020}, {@code octubre de 2020}, {@code oct-2020}, {@code octubre
 * de dos mil veinte}.
 */
public final class MesEscrito {

  private static final Pattern ANO_MES = Pattern.compile("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})$");
  private static final Pattern MES_ANO = Pattern.compile("^(\\d{1,2})\\s*[-/.]\\s*(\\d{4})$");

  private MesEscrito() {}

  /**
   * @throws FechaInvalida si el texto no es un mes, o es uno que no existe
   */
  public static YearMonth leer(String texto) {
    String original = texto == null ? "" : texto.strip();
    String simple = Meses.simplificar(original);
    Matcher anoMes = ANO_MES.matcher(simple);
    if (anoMes.matches()) {
      return mes(original, Integer.parseInt(anoMes.group(1)), Integer.parseInt(anoMes.group(2)));
    }
    Matcher mesAno = MES_ANO.matcher(simple);
    if (mesAno.matches()) {
      return mes(original, Integer.parseInt(mesAno.group(2)), Integer.parseInt(mesAno.group(1)));
    }
    Optional<Meses.Encontrado> mes = Meses.buscar(simple);
    if (mes.isPresent()) {
      Optional<List<Integer>> antes =
          NumeroEnLetras.numerosEn(simple.substring(0, mes.get().inicio()));
      Optional<List<Integer>> despues = NumeroEnLetras.numerosEn(simple.substring(mes.get().fin()));
      if (antes.isPresent()
          && antes.get().isEmpty()
          && despues.isPresent()
          && despues.get().size() == 1) {
        int ano = despues.get().get(0);
        return mes(original, ano < 100 ? FechaEscrita.siglo(ano) : ano, mes.get().mes());
      }
    }
    throw noEsMes(original);
  }

  /** El error de un valor que no es un mes (un número suelto en una celda, por ejemplo). */
  public static FechaInvalida noEsMes(String original) {
    return FechaInvalida.noEsMes(original);
  }

  private static YearMonth mes(String original, int ano, int mes) {
    if (mes < 1 || mes > 12) {
      throw FechaInvalida.imposible(
          original + " no es un mes válido: no existe el mes " + mes + ".");
    }
    if (ano < FechaEscrita.PRIMER_ANO || ano > FechaEscrita.ULTIMO_ANO) {
      throw FechaInvalida.imposible(
          original
              + " no es un mes válido: el año "
              + ano
              + " no está entre "
              + FechaEscrita.PRIMER_ANO
              + " y "
              + FechaEscrita.ULTIMO_ANO
              + ".");
    }
    return YearMonth.of(ano, mes);
  }
}
