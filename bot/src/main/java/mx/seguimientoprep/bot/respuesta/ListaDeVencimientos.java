package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Vencimiento;

/**
 * /vencimientos: los entregables pendientes que vencen en los próximos 30 días (la fecha de
 * referencia incluida), de todas las entidades, por fecha.
 */
public final class ListaDeVencimientos {

  public static final int DIAS = 30;

  private ListaDeVencimientos() {}

  public static Respuesta de(List<EstadoPrep> estados, LocalDate referencia) {
    return de(estados, referencia, referencia.plusDays(DIAS));
  }

  /** Lo que vence de la fecha de referencia a {@code hasta}, las dos incluidas. */
  public static Respuesta de(List<EstadoPrep> estados, LocalDate referencia, LocalDate hasta) {
    List<Vencimiento> vencimientos = Vencimiento.entre(estados, referencia, hasta);
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
