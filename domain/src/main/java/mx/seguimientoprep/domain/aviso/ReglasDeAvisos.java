package mx.seguimientoprep.domain.aviso;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cuándo se avisa: el día y la hora del resumen semanal, los días antes de cada vencimiento y la
 * zona horaria en que se leen.
 *
 * @param hora desde qué hora local del día salen el resumen y los avisos de vencimiento
 * @param dias los días antes del vencimiento, sin repetir, del mayor al menor
 */
public record ReglasDeAvisos(
    DayOfWeek diaDelResumen, LocalTime hora, List<Integer> dias, ZoneId zona) {

  /** Los días que abarca «lo que vence pronto» del resumen. */
  public static final int HORIZONTE_DEL_RESUMEN = 14;

  /** Lunes a las 8:00, 7 y 1 día antes, hora de la Ciudad de México. */
  public static final ReglasDeAvisos PREDETERMINADAS =
      new ReglasDeAvisos(
          DayOfWeek.MONDAY, LocalTime.of(8, 0), List.of(7, 1), ZoneId.of("America/Mexico_City"));

  public ReglasDeAvisos {
    Objects.requireNonNull(diaDelResumen, "diaDelResumen");
    Objects.requireNonNull(hora, "hora");
    Objects.requireNonNull(zona, "zona");
    if (dias.stream().anyMatch(d -> d == null || d < 1 || d > 365)) {
      throw new IllegalArgumentException(
          "Los días antes del vencimiento van de 1 a 365; se recibió " + dias + ".");
    }
    dias = dias.stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /** El momento en que corre la pasada de ese día: a la hora configurada, en la zona. */
  public Instant pasadaDel(LocalDate fecha) {
    return fecha.atTime(hora).atZone(zona).toInstant();
  }

  /** La fecha local de ese momento. */
  public LocalDate fechaLocal(Instant momento) {
    return momento.atZone(zona).toLocalDate();
  }

  /** Si en ese momento ya pasó la hora de los avisos del día, en la zona. */
  public boolean yaEsHora(Instant momento) {
    ZonedDateTime local = momento.atZone(zona);
    return !local.toLocalTime().isBefore(hora);
  }
}
