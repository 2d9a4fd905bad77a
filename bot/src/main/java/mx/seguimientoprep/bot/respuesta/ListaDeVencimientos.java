package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;

/**
 * /vencimientos: los entregables pendientes que vencen en los próximos 30 días (la fecha de
 * referencia incluida), de todas las entidades, por fecha.
 */
public final class ListaDeVencimientos {

  public static final int DIAS = 30;

  private ListaDeVencimientos() {}

  private record Vencimiento(EstadoPrep estado, EntregableEsperado entregable) {}

  public static Respuesta de(List<EstadoPrep> estados, LocalDate referencia) {
    return de(estados, referencia, referencia.plusDays(DIAS));
  }

  /** Lo que vence de la fecha de referencia a {@code hasta}, las dos incluidas. */
  public static Respuesta de(List<EstadoPrep> estados, LocalDate referencia, LocalDate hasta) {
    List<Vencimiento> vencimientos = new ArrayList<>();
    for (EstadoPrep estado : estados) {
      estado.entregables().stream()
          .filter(e -> e.pendiente() && e.fechaLimite() != null)
          .filter(e -> !e.fechaLimite().isBefore(referencia) && !e.fechaLimite().isAfter(hasta))
          .forEach(e -> vencimientos.add(new Vencimiento(estado, e)));
    }
    vencimientos.sort(
        Comparator.comparing((Vencimiento v) -> v.entregable().fechaLimite())
            .thenComparing(v -> v.estado().claveEntidad().valor())
            .thenComparing(v -> v.entregable().codigo()));
    String periodo = "del " + Redaccion.fecha(referencia) + " al " + Redaccion.fecha(hasta);
    if (vencimientos.isEmpty()) {
      return Respuesta.de("Ningún entregable vence " + periodo + ".");
    }
    List<String> lineas = new ArrayList<>();
    lineas.add(
        Redaccion.cuenta(vencimientos.size(), "entregable vence", "entregables vencen")
            + " "
            + periodo
            + ":");
    for (Vencimiento v : vencimientos) {
      lineas.add(
          "• "
              + Redaccion.fecha(v.entregable().fechaLimite())
              + " · "
              + v.estado().nombreEntidad()
              + " · "
              + Redaccion.entregable(v.entregable()));
    }
    return Respuesta.de(String.join("\n", lineas));
  }
}
