package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.oficio.Oficio;

/**
 * /oficios: los 10 oficios más recientes del proceso actual, el más nuevo primero, uno por renglón.
 * Como la tarjeta, muestra lo conocido a la fecha de referencia.
 */
public final class ListaDeOficios {

  public static final int CUANTOS = 10;

  /** El orden de la tarjeta (el último oficio): fecha, orden de registro y número, al revés. */
  private static final Comparator<Oficio> DEL_MAS_RECIENTE =
      Comparator.comparing(Oficio::getFechaOMes)
          .thenComparing(Oficio::getId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(o -> o.getNumero().valor())
          .reversed();

  private ListaDeOficios() {}

  public static Respuesta de(Expediente expediente, LocalDate referencia) {
    List<Oficio> conocidos =
        expediente.oficios().stream()
            // Uno sin fecha no se puede ubicar a la fecha; uno con solo el mes, al terminar el mes.
            .filter(o -> o.getFechaOMes() != null && o.getFechaOMes().conocidaAl(referencia))
            .sorted(DEL_MAS_RECIENTE)
            .toList();
    String titulo = "Oficios de " + Titulo.de(expediente);
    if (conocidos.isEmpty()) {
      return Respuesta.de(
          titulo + "\nNo hay oficios registrados al " + Redaccion.fecha(referencia) + ".");
    }
    List<String> lineas = new ArrayList<>();
    lineas.add(titulo);
    lineas.add(
        (conocidos.size() > CUANTOS
                ? "Los " + CUANTOS + " más recientes de " + conocidos.size() + " oficios"
                : Redaccion.cuenta(conocidos.size(), "oficio", "oficios"))
            + " al "
            + Redaccion.fecha(referencia)
            + (conocidos.size() > 1 ? ", del más reciente al más antiguo:" : ":"));
    conocidos.stream().limit(CUANTOS).map(ListaDeOficios::renglon).forEach(lineas::add);
    return Respuesta.de(String.join("\n", lineas));
  }

  private static String renglon(Oficio oficio) {
    StringBuilder texto =
        new StringBuilder("• ")
            .append(
                oficio.getFecha() != null
                    ? Redaccion.fecha(oficio.getFecha())
                    : oficio.getFechaOMes().texto())
            .append(" · ")
            .append(oficio.getNumero().valor())
            .append(" · ")
            .append(Redaccion.sentido(oficio.getSentido()));
    if (oficio.getResultado() != null) {
      texto.append(", ").append(Redaccion.enMinuscula(oficio.getResultado().etiqueta()));
    }
    if (!oficio.getEnRespuestaA().isEmpty()) {
      texto
          .append(" · responde a ")
          .append(
              String.join(" y ", oficio.getEnRespuestaA().stream().map(n -> n.valor()).toList()));
    }
    if (!oficio.getEntregables().isEmpty()) {
      texto.append(" · ").append(String.join(", ", oficio.getEntregables()));
    }
    return texto
        .append(" — ")
        .append(Redaccion.renglon(oficio.getAsunto(), Redaccion.LARGO_DE_UN_RENGLON))
        .toString();
  }
}
