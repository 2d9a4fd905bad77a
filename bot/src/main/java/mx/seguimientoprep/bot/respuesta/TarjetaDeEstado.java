package mx.seguimientoprep.bot.respuesta;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.ConteoEntregables;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoCotaprep;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.UltimoOficio;

/**
 * La tarjeta de estado de bot.md: nueve renglones, siempre un solo mensaje. Se listan a lo más tres
 * vencidos; los demás se cuentan y se ven con /pendientes. Debajo, los botones para seguir
 * preguntando por la misma entidad, que da quien conoce esas preguntas.
 */
public final class TarjetaDeEstado {

  static final int VENCIDOS_EN_LA_TARJETA = 3;

  private TarjetaDeEstado() {}

  /**
   * @param siguientes los botones de las preguntas que siguen (oficios, pendientes…), en una fila
   */
  public static Respuesta de(EstadoPrep estado, List<Boton> siguientes) {
    List<String> lineas = new ArrayList<>();
    lineas.add("PREP " + estado.nombreEntidad() + " · " + estado.siglas());
    lineas.add(estado.proceso() + " · " + jornada(estado));
    lineas.add(
        "Instancia interna: "
            + (estado.instanciaInterna() == null ? "sin registrar" : estado.instanciaInterna()));
    lineas.add("COTAPREP: " + cotaprep(estado.cotaprep()));
    lineas.add("Entregables: " + conteo(estado));
    lineas.add("Vencidos: " + vencidos(estado.vencidos()));
    lineas.add(
        "Próximo: "
            + estado
                .proximo()
                .map(Redaccion::entregableConFecha)
                .orElse("nada pendiente con fecha límite"));
    lineas.add(
        "Último oficio: "
            + estado.ultimoOficio().map(TarjetaDeEstado::oficio).orElse("ninguno registrado"));
    lineas.add("Datos al " + Redaccion.fecha(estado.fechaReferencia()));
    return Respuesta.de(
        String.join("\n", lineas), siguientes.isEmpty() ? List.of() : List.of(siguientes));
  }

  private static String jornada(EstadoPrep estado) {
    if (estado.jornada() == null) {
      return "jornada sin fecha registrada";
    }
    return "jornada "
        + Redaccion.fecha(estado.jornada())
        + estado.diasParaJornada().map(d -> " (" + Redaccion.dias(d) + ")").orElse("");
  }

  private static String cotaprep(EstadoCotaprep cotaprep) {
    String integracion;
    if (cotaprep.acuerdo().isPresent()) {
      integracion =
          "integrado por acuerdo "
              + cotaprep.acuerdo().get().valor()
              + cotaprep.fechaAcuerdo().map(f -> " (" + Redaccion.fecha(f) + ")").orElse("");
    } else if (!cotaprep.integrantes().isEmpty()) {
      integracion =
          "integrado, "
              + Redaccion.cuenta(cotaprep.numeroIntegrantes(), "integrante", "integrantes");
    } else if (cotaprep.instalacion().isPresent()) {
      integracion = "instalado el " + Redaccion.fecha(cotaprep.instalacion().get());
    } else {
      integracion = "sin integrar";
    }
    String sesiones = Redaccion.cuenta(cotaprep.sesionesCelebradas(), "sesión", "sesiones");
    if (cotaprep.reunionesCelebradas() > 0) {
      sesiones += " y " + Redaccion.cuenta(cotaprep.reunionesCelebradas(), "reunión", "reuniones");
    }
    return integracion + "; " + sesiones;
  }

  /**
   * Cuántos hay en cada estado, en el orden de la especificación; los que no tienen se omiten. Al
   * final, los que no tienen registro fuera del periodo de seguimiento ({@code 2 sin registro antes
   * del 01/10/2021}).
   */
  private static String conteo(EstadoPrep estado) {
    ConteoEntregables conteo = estado.conteo();
    List<String> partes = new ArrayList<>();
    agregar(partes, conteo.de(EstadoEntregable.ENVIADO), "enviado", "enviados");
    agregar(partes, conteo.de(EstadoEntregable.SIN_OBSERVACIONES), "sin observaciones");
    agregar(partes, conteo.de(EstadoEntregable.CON_OBSERVACIONES), "con observaciones");
    agregar(
        partes, conteo.de(EstadoEntregable.OBSERVACIONES_ATENDIDAS), "con observaciones atendidas");
    agregar(partes, conteo.vencidos(), "vencido", "vencidos");
    agregar(partes, conteo.pendientes(), "pendiente", "pendientes");
    agregar(partes, conteo.de(EstadoEntregable.NO_APLICA), "no aplica", "no aplican");
    agregar(partes, conteo.sinRegistro(), estado.sinRegistro().orElse("sin registro"));
    return partes.isEmpty() ? "ninguno esperado" : String.join(", ", partes);
  }

  private static void agregar(List<String> partes, int cuantos, String invariable) {
    agregar(partes, cuantos, invariable, invariable);
  }

  private static void agregar(List<String> partes, int cuantos, String singular, String plural) {
    if (cuantos > 0) {
      partes.add(Redaccion.cuenta(cuantos, singular, plural));
    }
  }

  private static String vencidos(List<EntregableEsperado> vencidos) {
    if (vencidos.isEmpty()) {
      return "ninguno";
    }
    String texto =
        vencidos.stream()
            .limit(VENCIDOS_EN_LA_TARJETA)
            .map(Redaccion::entregableConFecha)
            .collect(Collectors.joining("; "));
    int restantes = vencidos.size() - VENCIDOS_EN_LA_TARJETA;
    return restantes > 0 ? texto + "; y " + restantes + " más" : texto;
  }

  private static String oficio(UltimoOficio oficio) {
    return oficio.numero().valor()
        + " ("
        + Redaccion.fecha(oficio.fecha())
        + ") "
        + Redaccion.sentido(oficio.sentido())
        + oficio.resultado().map(r -> ", " + Redaccion.enMinuscula(r.etiqueta())).orElse("");
  }
}
