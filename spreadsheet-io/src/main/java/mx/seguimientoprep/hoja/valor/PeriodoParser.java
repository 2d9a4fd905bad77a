package mx.seguimientoprep.hoja.valor;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.Meses;
import mx.seguimientoprep.domain.fecha.NumeroEnLetras;
import mx.seguimientoprep.hoja.Celda;

/**
 * Lee el mes de un entregable mensual: {@code 2020-10}, {@code 10/2020}, {@code octubre 2020},
 * {@code octubre de 2020}, {@code oct-2020}, o una fecha real de Excel (Excel convierte {@code
 * oct-2020} en el 1 de octubre), de la que cuenta el mes.
 */
public final class PeriodoParser {

  private static final Pattern ANO_MES = Pattern.compile("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})$");
  private static final Pattern MES_ANO = Pattern.compile("^(\\d{1,2})\\s*[-/.]\\s*(\\d{4})$");

  private PeriodoParser() {}

  public static YearMonth leer(Celda celda) {
    if (celda instanceof Celda.Fecha fecha) {
      return YearMonth.from(fecha.valor());
    }
    if (celda instanceof Celda.Numero numero) {
      throw noEsMes(numero.texto());
    }
    return leer(celda.texto());
  }

  public static YearMonth leer(String texto) {
    String original = texto.strip();
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

  private static YearMonth mes(String original, int ano, int mes) {
    if (mes < 1 || mes > 12) {
      throw new ValorInvalido(original + " no es un mes válido: no existe el mes " + mes + ".");
    }
    if (ano < FechaEscrita.PRIMER_ANO || ano > FechaEscrita.ULTIMO_ANO) {
      throw new ValorInvalido(
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

  private static ValorInvalido noEsMes(String original) {
    return new ValorInvalido(
        original
            + " no es un mes válido; escríbelo como aaaa-mm (por ejemplo, 2020-10) o como «octubre"
            + " 2020».");
  }
}
