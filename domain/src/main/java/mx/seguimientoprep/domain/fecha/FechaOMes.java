package mx.seguimientoprep.domain.fecha;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;

/**
 * La fecha de un registro tal como la da el informe: un día, o solo un mes («por lo que respecta al
 * mes de marzo»). Un mes nunca se convierte en un día: se muestra como el mes ({@code marzo de
 * 2020}), cae en ese mes (el filtro por mes, el informe de ese mes) y en el estado a una fecha se
 * conoce a partir del último día del mes.
 *
 * @param dia el día, o {@code null} si solo se sabe el mes
 * @param mes el mes (el del día, si se sabe el día)
 */
public record FechaOMes(LocalDate dia, YearMonth mes) implements Comparable<FechaOMes> {

  private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Por el primer día en que se conoce; a igual día, el día exacto antes que el mes. */
  public static final Comparator<FechaOMes> POR_FECHA =
      Comparator.comparing(FechaOMes::conocidaDesde).thenComparing(f -> f.dia() == null ? 1 : 0);

  public FechaOMes {
    Objects.requireNonNull(mes, "mes");
    if (dia != null && !YearMonth.from(dia).equals(mes)) {
      throw new IllegalArgumentException("El día " + dia + " no es del mes " + mes);
    }
  }

  public static FechaOMes delDia(LocalDate dia) {
    return new FechaOMes(Objects.requireNonNull(dia, "dia"), YearMonth.from(dia));
  }

  public static FechaOMes delMes(YearMonth mes) {
    return new FechaOMes(null, mes);
  }

  /** La de un día, o {@code null} sin día. */
  public static FechaOMes deDia(LocalDate dia) {
    return dia == null ? null : delDia(dia);
  }

  /** De las dos columnas de un registro: el día, o si no el mes, o si no ninguna. */
  public static FechaOMes de(LocalDate dia, YearMonth mes) {
    if (dia != null) {
      return delDia(dia);
    }
    return mes == null ? null : delMes(mes);
  }

  public boolean soloMes() {
    return dia == null;
  }

  /** El día desde el que el hecho se conoce: el suyo, o el último del mes. */
  public LocalDate conocidaDesde() {
    return dia != null ? dia : mes.atEndOfMonth();
  }

  /** Si en el estado a esa fecha el hecho ya ocurrió. */
  public boolean conocidaAl(LocalDate referencia) {
    return !conocidaDesde().isAfter(referencia);
  }

  public boolean enMes(YearMonth otro) {
    return mes.equals(otro);
  }

  /** Como la lee una persona: {@code 12/03/2020} o {@code marzo de 2020}. */
  public String texto() {
    return dia != null
        ? DIA.format(dia)
        : Meses.nombre(mes.getMonthValue()) + " de " + mes.getYear();
  }

  @Override
  public int compareTo(FechaOMes otra) {
    return POR_FECHA.compare(this, otra);
  }

  @Override
  public String toString() {
    return texto();
  }
}
