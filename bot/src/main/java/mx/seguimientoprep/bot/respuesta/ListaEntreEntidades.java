package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Semaforo;

/**
 * Las preguntas sobre todas las entidades (para quien sigue las 32): cuáles tienen entregables
 * vencidos, observaciones del INE sin atender, su COTAPREP sin integrar, la jornada más próxima, y
 * un renglón por entidad. Cada lista va por urgencia, cabe en un mensaje de Telegram y trae un
 * botón por entidad que abre su tarjeta. El INE no es un estado: no aparece en ellas.
 */
public final class ListaEntreEntidades {

  private static final int POR_FILA = 3;

  /** Los entregables que se nombran en un renglón, como mucho. */
  private static final int CODIGOS_POR_RENGLON = 4;

  private ListaEntreEntidades() {}

  /** Las entidades con entregables vencidos: la de más vencidos primero, luego la más atrasada. */
  public static Respuesta vencidos(
      List<EstadoPrep> estados, LocalDate referencia, Function<ClaveEntidad, String> tarjeta) {
    List<EstadoPrep> con =
        estados(estados).stream()
            .filter(e -> !e.vencidos().isEmpty())
            .sorted(
                Comparator.comparing((EstadoPrep e) -> -e.vencidos().size())
                    .thenComparing(e -> masAntiguo(e.vencidos())))
            .toList();
    return lista(
        con,
        "Ninguna entidad tiene entregables vencidos al " + Redaccion.fecha(referencia) + ".",
        Redaccion.cuenta(con.size(), "entidad tiene", "entidades tienen")
            + " entregables vencidos al "
            + Redaccion.fecha(referencia)
            + ":",
        e ->
            e.nombreEntidad()
                + ": "
                + Redaccion.cuenta(e.vencidos().size(), "vencido", "vencidos")
                + " ("
                + codigos(e.vencidos())
                + "), el primero desde el "
                + Redaccion.fecha(masAntiguo(e.vencidos()))
                + ".",
        tarjeta);
  }

  /** Las entidades con entregables con observaciones del INE sin atender. */
  public static Respuesta observados(
      List<EstadoPrep> estados, LocalDate referencia, Function<ClaveEntidad, String> tarjeta) {
    List<EstadoPrep> con =
        estados(estados).stream()
            .filter(e -> !conObservaciones(e).isEmpty())
            .sorted(Comparator.comparing((EstadoPrep e) -> -conObservaciones(e).size()))
            .toList();
    return lista(
        con,
        "Ninguna entidad tiene observaciones del INE sin atender al "
            + Redaccion.fecha(referencia)
            + ".",
        Redaccion.cuenta(con.size(), "entidad tiene", "entidades tienen")
            + " observaciones del INE sin atender al "
            + Redaccion.fecha(referencia)
            + ":",
        e ->
            e.nombreEntidad()
                + ": "
                + Redaccion.cuenta(conObservaciones(e).size(), "entregable", "entregables")
                + " ("
                + codigos(conObservaciones(e))
                + ")",
        tarjeta);
  }

  /** Las entidades cuyo COTAPREP no está integrado: la de jornada más cercana primero. */
  public static Respuesta sinCotaprep(
      List<EstadoPrep> estados, LocalDate referencia, Function<ClaveEntidad, String> tarjeta) {
    List<EstadoPrep> sin =
        estados(estados).stream()
            .filter(e -> !e.cotaprep().integrado())
            .sorted(porJornada())
            .toList();
    return lista(
        sin,
        "Todas las entidades con proceso tienen su COTAPREP integrado al "
            + Redaccion.fecha(referencia)
            + ".",
        Redaccion.cuenta(sin.size(), "entidad no tiene", "entidades no tienen")
            + " su COTAPREP integrado al "
            + Redaccion.fecha(referencia)
            + ":",
        e -> e.nombreEntidad() + " · " + jornada(e),
        tarjeta);
  }

  /** Las próximas jornadas, la más cercana primero; las ya pasadas no se listan. */
  public static Respuesta jornadas(
      List<EstadoPrep> estados, LocalDate referencia, Function<ClaveEntidad, String> tarjeta) {
    List<EstadoPrep> proximas =
        estados(estados).stream()
            .filter(e -> e.jornada() != null && !e.jornada().isBefore(referencia))
            .sorted(porJornada())
            .toList();
    if (proximas.isEmpty()) {
      return Respuesta.de(
          "No hay jornadas registradas a partir del " + Redaccion.fecha(referencia) + ".");
    }
    EstadoPrep primera = proximas.get(0);
    List<String> lineas = new ArrayList<>();
    lineas.add(
        "La próxima jornada es la de "
            + primera.nombreEntidad()
            + ", el "
            + Redaccion.fecha(primera.jornada())
            + primera.diasParaJornada().map(d -> " (" + Redaccion.dias(d) + ")").orElse("")
            + ", contado desde el "
            + Redaccion.fecha(referencia)
            + ".");
    if (proximas.size() > 1) {
      lineas.add("Después:");
      proximas
          .subList(1, proximas.size())
          .forEach(e -> lineas.add("• " + e.nombreEntidad() + ", " + jornada(e)));
    }
    return conBotones(lineas, proximas, tarjeta);
  }

  /**
   * Un renglón por entidad: semáforo, vencidos, observaciones y jornada; la más urgente primero.
   */
  public static Respuesta resumen(
      List<EstadoPrep> estados, LocalDate referencia, Function<ClaveEntidad, String> tarjeta) {
    List<EstadoPrep> todos =
        estados(estados).stream()
            .sorted(
                Comparator.comparing((EstadoPrep e) -> urgencia(e.semaforo()))
                    .thenComparing(e -> -e.vencidos().size())
                    .thenComparing(porJornada()))
            .toList();
    if (todos.isEmpty()) {
      return Respuesta.de("Todavía no hay procesos registrados.");
    }
    List<String> lineas = new ArrayList<>();
    lineas.add(
        "Resumen de "
            + Redaccion.cuenta(todos.size(), "entidad", "entidades")
            + " al "
            + Redaccion.fecha(referencia)
            + ":");
    for (EstadoPrep e : todos) {
      List<String> partes = new ArrayList<>();
      partes.add(semaforo(e.semaforo()));
      if (!e.vencidos().isEmpty()) {
        partes.add(Redaccion.cuenta(e.vencidos().size(), "vencido", "vencidos"));
      }
      if (!conObservaciones(e).isEmpty()) {
        partes.add(conObservaciones(e).size() + " con observaciones");
      }
      partes.add(e.conteo().pendientes() + " pendientes");
      partes.add(jornada(e));
      lineas.add("• " + e.nombreEntidad() + ": " + String.join(" · ", partes));
    }
    return conBotones(lineas, todos, tarjeta);
  }

  private static List<EstadoPrep> estados(List<EstadoPrep> estados) {
    return estados.stream().filter(e -> !e.claveEntidad().valor().equals("00")).toList();
  }

  private static List<EntregableEsperado> conObservaciones(EstadoPrep estado) {
    return estado.entregables().stream()
        .filter(e -> e.estado() == EstadoEntregable.CON_OBSERVACIONES)
        .toList();
  }

  private static LocalDate masAntiguo(List<EntregableEsperado> entregables) {
    return entregables.stream()
        .map(EntregableEsperado::fechaLimite)
        .filter(f -> f != null)
        .min(Comparator.naturalOrder())
        .orElse(LocalDate.MAX);
  }

  private static String codigos(List<EntregableEsperado> entregables) {
    String codigos =
        entregables.stream()
            .map(EntregableEsperado::codigo)
            .distinct()
            .limit(CODIGOS_POR_RENGLON)
            .collect(Collectors.joining(", "));
    long distintos = entregables.stream().map(EntregableEsperado::codigo).distinct().count();
    return distintos > CODIGOS_POR_RENGLON ? codigos + "…" : codigos;
  }

  private static Comparator<EstadoPrep> porJornada() {
    return Comparator.comparing(
        EstadoPrep::jornada, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static String jornada(EstadoPrep estado) {
    if (estado.jornada() == null) {
      return "jornada sin fecha";
    }
    return "jornada "
        + Redaccion.fecha(estado.jornada())
        + estado.diasParaJornada().map(d -> " (" + Redaccion.dias(d) + ")").orElse("");
  }

  private static int urgencia(Semaforo semaforo) {
    return switch (semaforo) {
      case VENCIDOS -> 0;
      case CON_OBSERVACIONES -> 1;
      default -> 2;
    };
  }

  private static String semaforo(Semaforo semaforo) {
    return switch (semaforo) {
      case VENCIDOS -> "🔴 con vencidos";
      case CON_OBSERVACIONES -> "🟡 con observaciones";
      default -> "🟢 al día";
    };
  }

  /**
   * Una lista de entidades: si no hay ninguna, la frase que lo dice; si hay, el encabezado, un
   * renglón por entidad y un botón a la tarjeta de cada una.
   */
  private static Respuesta lista(
      List<EstadoPrep> elegidas,
      String siNinguna,
      String encabezado,
      Function<EstadoPrep, String> renglon,
      Function<ClaveEntidad, String> tarjeta) {
    if (elegidas.isEmpty()) {
      return Respuesta.de(siNinguna);
    }
    List<String> lineas = new ArrayList<>();
    lineas.add(encabezado);
    elegidas.forEach(e -> lineas.add("• " + renglon.apply(e)));
    return conBotones(lineas, elegidas, tarjeta);
  }

  private static Respuesta conBotones(
      List<String> lineas, List<EstadoPrep> estados, Function<ClaveEntidad, String> tarjeta) {
    List<Boton> botones =
        estados.stream()
            .map(e -> new Boton(e.nombreEntidad(), tarjeta.apply(e.claveEntidad())))
            .toList();
    return Respuesta.de(String.join("\n", lineas), Respuesta.enFilas(botones, POR_FILA));
  }
}
