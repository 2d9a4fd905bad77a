package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * /sesiones: las sesiones y reuniones del proceso actual, por fecha: las celebradas hasta la fecha
 * de referencia y las programadas de ahí en adelante.
 */
public final class ListaDeSesiones {

  private static final Comparator<Sesion> POR_FECHA =
      Comparator.comparing(Sesion::getFecha)
          .thenComparing(Sesion::getOrgano)
          .thenComparing(Sesion::getTipo);

  private ListaDeSesiones() {}

  public static Respuesta de(Expediente expediente, LocalDate referencia) {
    List<Sesion> celebradas =
        expediente.sesiones().stream()
            .filter(s -> s.celebradaAl(referencia))
            .sorted(POR_FECHA)
            .toList();
    List<Sesion> programadas =
        expediente.sesiones().stream()
            .filter(s -> s.getTipo() == TipoSesion.PROGRAMADA)
            .filter(s -> !s.getFecha().isBefore(referencia))
            .sorted(POR_FECHA)
            .toList();
    List<String> lineas = new ArrayList<>();
    lineas.add("Sesiones de " + Titulo.de(expediente));
    if (celebradas.isEmpty() && programadas.isEmpty()) {
      lineas.add("No hay sesiones registradas al " + Redaccion.fecha(referencia) + ".");
      return Respuesta.de(String.join("\n", lineas));
    }
    if (!celebradas.isEmpty()) {
      lineas.add(
          "Celebradas hasta el " + Redaccion.fecha(referencia) + " (" + celebradas.size() + "):");
      celebradas.forEach(s -> lineas.add(renglon(s)));
    }
    if (!programadas.isEmpty()) {
      lineas.add("Programadas (" + programadas.size() + "):");
      programadas.forEach(s -> lineas.add(renglon(s)));
    }
    return Respuesta.de(String.join("\n", lineas));
  }

  private static String renglon(Sesion sesion) {
    StringBuilder texto =
        new StringBuilder("• ")
            .append(Redaccion.fecha(sesion.getFecha()))
            .append(" · ")
            .append(sesion.getOrgano().etiqueta());
    if (sesion.getTipo() != TipoSesion.PROGRAMADA) {
      texto.append(" · ").append(sesion.getTipo().etiqueta());
      if (sesion.getNumero() != null) {
        texto.append(" núm. ").append(sesion.getNumero());
      }
    }
    String contenido =
        sesion.getResultados() != null ? sesion.getResultados() : sesion.getOrdenDelDia();
    if (contenido != null) {
      texto.append(" — ").append(Redaccion.renglon(contenido, Redaccion.LARGO_DE_UN_RENGLON));
    }
    return texto.toString();
  }
}
