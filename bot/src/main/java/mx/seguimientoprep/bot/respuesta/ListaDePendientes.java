package mx.seguimientoprep.bot.respuesta;

import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;

/**
 * /pendientes: los entregables vencidos y los que están por vencer, con su fecha límite; al final,
 * los que no tienen registro y vencían fuera del periodo que cubren los registros del proceso.
 */
public final class ListaDePendientes {

  private ListaDePendientes() {}

  public static Respuesta de(EstadoPrep estado) {
    List<EntregableEsperado> vencidos = estado.vencidos();
    List<EntregableEsperado> porVencer =
        estado.entregables().stream().filter(e -> e.pendiente() && !e.vencido()).toList();
    List<String> lineas = new ArrayList<>();
    lineas.add("Entregables pendientes de " + Titulo.de(estado));
    lineas.add("Al " + Redaccion.fecha(estado.fechaReferencia()) + ":");
    if (vencidos.isEmpty()
        && porVencer.isEmpty()
        && estado.entregables().stream().noneMatch(EntregableEsperado::sinRegistro)) {
      lineas.add("No hay entregables pendientes.");
      return Respuesta.de(String.join("\n", lineas));
    }
    if (!vencidos.isEmpty()) {
      lineas.add("Vencidos (" + vencidos.size() + "):");
      vencidos.forEach(e -> lineas.add("• " + Redaccion.entregableConFecha(e)));
    }
    if (!porVencer.isEmpty()) {
      lineas.add("Por vencer (" + porVencer.size() + "):");
      porVencer.forEach(e -> lineas.add("• " + Redaccion.entregableConFecha(e)));
    }
    List<EntregableEsperado> sinRegistro =
        estado.entregables().stream().filter(EntregableEsperado::sinRegistro).toList();
    if (!sinRegistro.isEmpty()) {
      lineas.add(
          Redaccion.enMayuscula(estado.sinRegistro().orElse("sin registro"))
              + " ("
              + sinRegistro.size()
              + "):");
      sinRegistro.forEach(e -> lineas.add("• " + Redaccion.entregableConFecha(e)));
    }
    return Respuesta.de(String.join("\n", lineas));
  }
}
