package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.estado.Expediente;

/**
 * /acuerdos: los acuerdos del proceso actual conocidos a la fecha de referencia, por fecha; los que
 * no tienen fecha van al final; uno con solo el mes se muestra como el mes y se conoce al terminar
 * ese mes.
 */
public final class ListaDeAcuerdos {

  private static final Comparator<Acuerdo> POR_FECHA =
      Comparator.comparing(Acuerdo::getFechaOMes, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(a -> a.getClave().valor());

  private ListaDeAcuerdos() {}

  public static Respuesta de(Expediente expediente, LocalDate referencia) {
    List<Acuerdo> conocidos =
        expediente.acuerdos().stream()
            .filter(a -> a.getFechaOMes() == null || a.getFechaOMes().conocidaAl(referencia))
            .sorted(POR_FECHA)
            .toList();
    List<String> lineas = new ArrayList<>();
    lineas.add("Acuerdos de " + Titulo.de(expediente));
    if (conocidos.isEmpty()) {
      lineas.add("No hay acuerdos registrados al " + Redaccion.fecha(referencia) + ".");
      return Respuesta.de(String.join("\n", lineas));
    }
    lineas.add(
        Redaccion.cuenta(conocidos.size(), "acuerdo", "acuerdos")
            + " al "
            + Redaccion.fecha(referencia)
            + ":");
    conocidos.forEach(a -> lineas.add(renglon(a)));
    return Respuesta.de(String.join("\n", lineas));
  }

  private static String renglon(Acuerdo acuerdo) {
    StringBuilder texto =
        new StringBuilder("• ")
            .append(
                acuerdo.getFechaOMes() == null
                    ? "sin fecha"
                    : acuerdo.getFecha() != null
                        ? Redaccion.fecha(acuerdo.getFecha())
                        : acuerdo.getFechaOMes().texto())
            .append(" · ")
            .append(acuerdo.getClave().valor());
    if (acuerdo.getOrgano() != null) {
      texto.append(" · ").append(acuerdo.getOrgano().etiqueta());
    }
    if (acuerdo.getEntregable() != null) {
      texto.append(" · ").append(acuerdo.getEntregable());
    }
    return texto
        .append(" — ")
        .append(Redaccion.renglon(acuerdo.getDescripcion(), Redaccion.LARGO_DE_UN_RENGLON))
        .toString();
  }
}
