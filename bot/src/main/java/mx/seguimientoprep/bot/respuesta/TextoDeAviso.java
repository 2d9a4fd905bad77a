package mx.seguimientoprep.bot.respuesta;

import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.domain.aviso.ContenidoDeAviso;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;

/**
 * Un aviso que el bot envía sin que se lo pidan, en un solo mensaje de menos de {@value
 * Respuesta#LIMITE} caracteres (las listas largas se recortan con «… y N más»), con el botón de la
 * tarjeta de estado.
 */
public final class TextoDeAviso {

  /** Renglones de cada lista del resumen, como mucho. */
  static final int RENGLONES_POR_LISTA = 15;

  private TextoDeAviso() {}

  public static Respuesta de(ContenidoDeAviso contenido, Boton estado) {
    String texto;
    if (contenido instanceof ContenidoDeAviso.Resumen resumen) {
      texto = resumen(resumen);
    } else if (contenido instanceof ContenidoDeAviso.Vencimiento vencimiento) {
      texto = vencimiento(vencimiento);
    } else {
      texto = observaciones((ContenidoDeAviso.Observaciones) contenido);
    }
    if (texto.length() > Respuesta.LIMITE) {
      texto = texto.substring(0, Respuesta.LIMITE - 1) + "…";
    }
    return Respuesta.de(texto, List.of(List.of(estado)));
  }

  private static String vencimiento(ContenidoDeAviso.Vencimiento aviso) {
    EntregableEsperado entregable = aviso.entregable();
    String cuando =
        aviso.dias() == 0
            ? "vence hoy"
            : aviso.dias() == 1
                ? "vence mañana"
                : "vence en " + Redaccion.cuenta(aviso.dias(), "día", "días");
    return "⏰ "
        + aviso.nombreEntidad()
        + ": "
        + Redaccion.entregable(entregable)
        + " "
        + cuando
        + " ("
        + Redaccion.fecha(entregable.fechaLimite())
        + ") y aún no se envía.\n"
        + aviso.proceso();
  }

  private static String observaciones(ContenidoDeAviso.Observaciones aviso) {
    Oficio oficio = aviso.oficio();
    StringBuilder texto =
        new StringBuilder("📨 ")
            .append(aviso.nombreEntidad())
            .append(": el INE contestó con observaciones.\n")
            .append("Oficio ")
            .append(oficio.getNumero().valor());
    if (oficio.getFecha() != null) {
      texto.append(" del ").append(Redaccion.fecha(oficio.getFecha()));
    }
    if (!oficio.getEnRespuestaA().isEmpty()) {
      texto
          .append(", en respuesta a ")
          .append(
              String.join(
                  ", ", oficio.getEnRespuestaA().stream().map(NumeroOficio::valor).toList()));
    }
    texto.append('\n').append(Redaccion.renglon(oficio.getAsunto(), Redaccion.LARGO_DE_UN_RENGLON));
    if (!oficio.getEntregables().isEmpty()) {
      texto.append("\nEntregables: ").append(String.join(", ", oficio.getEntregables()));
    }
    return texto.toString();
  }

  private static String resumen(ContenidoDeAviso.Resumen resumen) {
    List<String> lineas = new ArrayList<>();
    lineas.add(
        "🗓 Resumen de la semana · "
            + resumen.nombreEntidad()
            + " · "
            + Redaccion.fecha(resumen.fecha()));
    lineas.add(resumen.proceso());
    if (!resumen.vencidos().isEmpty()) {
      lineas.add("");
      lineas.add(
          Redaccion.cuenta(resumen.vencidos().size(), "entregable vencido", "entregables vencidos")
              + ":");
      lista(
          resumen.vencidos().stream().map(e -> "• " + Redaccion.entregableConFecha(e)).toList(),
          lineas);
    }
    if (!resumen.proximos().isEmpty()) {
      lineas.add("");
      lineas.add("Vencen en los próximos 14 días:");
      lista(
          resumen.proximos().stream()
              .map(e -> "• " + Redaccion.fecha(e.fechaLimite()) + " · " + Redaccion.entregable(e))
              .toList(),
          lineas);
    }
    if (!resumen.oficios().isEmpty()) {
      lineas.add("");
      lineas.add("Oficios de la semana:");
      lista(resumen.oficios().stream().map(TextoDeAviso::oficio).toList(), lineas);
    }
    return String.join("\n", lineas);
  }

  private static String oficio(Oficio oficio) {
    String observaciones =
        oficio.getResultado() == ResultadoRevision.CON_OBSERVACIONES ? " · con observaciones" : "";
    return "• "
        + Redaccion.fecha(oficio.getFecha())
        + " · "
        + oficio.getNumero().valor()
        + " · "
        + Redaccion.sentido(oficio.getSentido())
        + observaciones
        + ": "
        + Redaccion.renglon(oficio.getAsunto(), 120);
  }

  private static void lista(List<String> renglones, List<String> lineas) {
    renglones.stream().limit(RENGLONES_POR_LISTA).forEach(lineas::add);
    if (renglones.size() > RENGLONES_POR_LISTA) {
      lineas.add("… y " + (renglones.size() - RENGLONES_POR_LISTA) + " más.");
    }
  }
}
