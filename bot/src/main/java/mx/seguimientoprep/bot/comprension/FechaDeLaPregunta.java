package mx.seguimientoprep.bot.comprension;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.seguimientoprep.domain.fecha.Meses;

/**
 * La fecha a la que se pregunta, escrita en la frase: `al 30 de noviembre de 2020`, `30/11/2020`,
 * `en marzo de 2020` (el último día de marzo), `el mes pasado` (el último día del mes anterior a
 * hoy). Se busca en las palabras ya en forma comparable, así que `30/11/2020` llega como `30 11
 * 2020`.
 *
 * @param fecha la fecha pedida
 * @param inicio la primera palabra de la fecha en la frase (con su preposición: `al`, `en el`)
 * @param fin la palabra que sigue a la fecha
 */
record FechaDeLaPregunta(LocalDate fecha, int inicio, int fin) {

  /** Lo que puede ir antes de una fecha y forma parte de ella: `al`, `hasta el`, `en`. */
  private static final Set<String> PREPOSICIONES =
      Set.of("al", "el", "del", "hasta", "a", "en", "para", "de");

  private static final Set<String> PASADO = Set.of("pasado", "anterior");

  /** La primera fecha escrita en las palabras; {@code hoy} da el año que falte y el mes pasado. */
  static Optional<FechaDeLaPregunta> buscar(List<String> palabras, LocalDate hoy) {
    int n = palabras.size();
    for (int i = 0; i < n; i++) {
      String palabra = palabras.get(i);
      Integer dia = numero(palabra, 1, 31);
      // 30 de noviembre de 2020 · 30 de noviembre
      if (dia != null && i + 2 < n && palabras.get(i + 1).equals("de")) {
        Integer mes = Meses.completo(palabras.get(i + 2));
        if (mes != null) {
          Ano tras = Ano.tras(palabras, i + 3);
          Integer ano = tras.ano();
          int fin = tras.fin();
          boolean sinAno = ano == null;
          Optional<LocalDate> fecha =
              fecha(sinAno ? hoy.getYear() : ano, mes, dia)
                  .map(f -> sinAno && f.isAfter(hoy) ? f.minusYears(1) : f);
          if (fecha.isPresent()) {
            return Optional.of(new FechaDeLaPregunta(fecha.get(), desde(palabras, i), fin));
          }
        }
      }
      // 30/11/2020
      if (dia != null && i + 2 < n) {
        Integer mes = numero(palabras.get(i + 1), 1, 12);
        Integer ano = numero(palabras.get(i + 2), 1900, 2100);
        if (mes != null && ano != null) {
          Optional<LocalDate> fecha = fecha(ano, mes, dia);
          if (fecha.isPresent()) {
            return Optional.of(new FechaDeLaPregunta(fecha.get(), desde(palabras, i), i + 3));
          }
        }
      }
      // en marzo de 2020 · marzo 2020 · en marzo
      Integer mes = Meses.completo(palabra);
      if (mes != null) {
        Ano tras = Ano.tras(palabras, i + 1);
        Integer ano = tras.ano();
        int fin = tras.fin();
        boolean conPreposicion = i > 0 && PREPOSICIONES.contains(palabras.get(i - 1));
        if (ano != null || conPreposicion) {
          YearMonth elMes = YearMonth.of(ano == null ? hoy.getYear() : ano, mes);
          if (ano == null && elMes.atDay(1).isAfter(hoy)) {
            elMes = elMes.minusYears(1);
          }
          return Optional.of(new FechaDeLaPregunta(elMes.atEndOfMonth(), desde(palabras, i), fin));
        }
      }
      // el mes pasado · el mes anterior
      if (palabra.equals("mes") && i + 1 < n && PASADO.contains(palabras.get(i + 1))) {
        LocalDate fecha = YearMonth.from(hoy).minusMonths(1).atEndOfMonth();
        return Optional.of(new FechaDeLaPregunta(fecha, desde(palabras, i), i + 2));
      }
    }
    return Optional.empty();
  }

  /**
   * El año escrito a partir de la palabra {@code desde} (`2020`, `de 2020`, `del 2020`), o ninguno.
   *
   * @param ano el año, o {@code null} si no hay
   * @param fin la palabra que sigue a lo leído
   */
  private record Ano(Integer ano, int fin) {

    static Ano tras(List<String> palabras, int desde) {
      int n = palabras.size();
      if (desde < n && numero(palabras.get(desde), 1900, 2100) != null) {
        return new Ano(numero(palabras.get(desde), 1900, 2100), desde + 1);
      }
      if (desde + 1 < n
          && (palabras.get(desde).equals("de") || palabras.get(desde).equals("del"))
          && numero(palabras.get(desde + 1), 1900, 2100) != null) {
        return new Ano(numero(palabras.get(desde + 1), 1900, 2100), desde + 2);
      }
      return new Ano(null, desde);
    }
  }

  /** Dónde empieza la fecha, con sus preposiciones (`hasta el`, `en el`). */
  private static int desde(List<String> palabras, int i) {
    int inicio = i;
    while (inicio > 0 && inicio > i - 2 && PREPOSICIONES.contains(palabras.get(inicio - 1))) {
      inicio--;
    }
    return inicio;
  }

  private static Integer numero(String palabra, int minimo, int maximo) {
    if (palabra.isEmpty() || palabra.length() > 4) {
      return null;
    }
    for (int i = 0; i < palabra.length(); i++) {
      if (!Character.isDigit(palabra.charAt(i))) {
        return null;
      }
    }
    int valor = Integer.parseInt(palabra);
    return valor >= minimo && valor <= maximo ? valor : null;
  }

  private static Optional<LocalDate> fecha(int ano, int mes, int dia) {
    try {
      return Optional.of(LocalDate.of(ano, mes, dia));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
