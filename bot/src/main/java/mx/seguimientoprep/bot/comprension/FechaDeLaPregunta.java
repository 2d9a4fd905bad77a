package mx.seguimientoprep.bot.comprension;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  private static final Map<String, Integer> MESES =
      Map.ofEntries(
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12));

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
        Integer mes = MESES.get(palabras.get(i + 2));
        if (mes != null) {
          int fin = i + 3;
          Integer ano = null;
          if (fin < n && numero(palabras.get(fin), 1900, 2100) != null) {
            ano = numero(palabras.get(fin), 1900, 2100);
            fin++;
          } else if (fin + 1 < n
              && (palabras.get(fin).equals("de") || palabras.get(fin).equals("del"))
              && numero(palabras.get(fin + 1), 1900, 2100) != null) {
            ano = numero(palabras.get(fin + 1), 1900, 2100);
            fin += 2;
          }
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
      Integer mes = MESES.get(palabra);
      if (mes != null) {
        Integer ano = null;
        int fin = i + 1;
        if (fin < n && numero(palabras.get(fin), 1900, 2100) != null) {
          ano = numero(palabras.get(fin), 1900, 2100);
          fin++;
        } else if (fin + 1 < n
            && (palabras.get(fin).equals("de") || palabras.get(fin).equals("del"))
            && numero(palabras.get(fin + 1), 1900, 2100) != null) {
          ano = numero(palabras.get(fin + 1), 1900, 2100);
          fin += 2;
        }
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
