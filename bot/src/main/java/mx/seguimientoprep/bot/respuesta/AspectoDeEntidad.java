package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoCotaprep;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.estado.MiembroCotaprep;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * Las respuestas sobre un aspecto de una entidad: quiénes integran su COTAPREP, su jornada, un
 * entregable, las observaciones del INE, su último oficio y su próxima sesión. Cada una empieza con
 * lo que se preguntó y de quién, y dice a qué fecha.
 */
public final class AspectoDeEntidad {

  private static final int PERIODOS_DE_UN_MENSUAL = 6;

  private AspectoDeEntidad() {}

  /** /cotaprep: el acuerdo de integración, la instalación y cada integrante con su institución. */
  public static Respuesta cotaprep(EstadoPrep estado) {
    EstadoCotaprep cotaprep = estado.cotaprep();
    List<String> lineas = new ArrayList<>();
    lineas.add("COTAPREP de " + Titulo.de(estado));
    if (cotaprep.acuerdo().isPresent()) {
      lineas.add(
          "Integrado por el acuerdo "
              + cotaprep.acuerdo().get().valor()
              + cotaprep.fechaAcuerdo().map(f -> " del " + Redaccion.fecha(f)).orElse("")
              + cotaprep.instalacion().map(f -> "; instalado el " + Redaccion.fecha(f)).orElse("")
              + ".");
    } else if (!cotaprep.integrado()) {
      lineas.add("Sin integrar al " + Redaccion.fecha(estado.fechaReferencia()) + ".");
    }
    List<MiembroCotaprep> integrantes =
        cotaprep.integrantes().stream().filter(m -> m.cargo() != Cargo.SECRETARIO_TECNICO).toList();
    List<MiembroCotaprep> secretarios =
        cotaprep.integrantes().stream().filter(m -> m.cargo() == Cargo.SECRETARIO_TECNICO).toList();
    if (cotaprep.integrantes().isEmpty()) {
      lineas.add("No hay integrantes registrados.");
    } else {
      lineas.add("Integrantes (" + integrantes.size() + "):");
      integrantes.forEach(m -> lineas.add("• " + persona(m)));
      secretarios.forEach(m -> lineas.add(m.cargo().etiqueta() + ": " + persona(m)));
    }
    lineas.add(
        Redaccion.cuenta(cotaprep.sesionesCelebradas(), "sesión celebrada", "sesiones celebradas")
            + " al "
            + Redaccion.fecha(estado.fechaReferencia())
            + ".");
    return Respuesta.de(String.join("\n", lineas));
  }

  /** /jornada: la fecha de la jornada electoral y cuántos días faltan. */
  public static Respuesta jornada(EstadoPrep estado) {
    if (estado.jornada() == null) {
      return Respuesta.de("La jornada de " + Titulo.de(estado) + " no tiene fecha registrada.");
    }
    return Respuesta.de(
        "Jornada electoral de "
            + Titulo.de(estado)
            + "\n"
            + Redaccion.fecha(estado.jornada())
            + estado.diasParaJornada().map(d -> " (" + Redaccion.dias(d) + ")").orElse("")
            + ", contado desde el "
            + Redaccion.fecha(estado.fechaReferencia())
            + ".");
  }

  /** /ultimo_oficio: el oficio más reciente, con su asunto. */
  public static Respuesta ultimoOficio(EstadoPrep estado) {
    if (estado.ultimoOficio().isEmpty()) {
      return Respuesta.de(
          "Último oficio de "
              + Titulo.de(estado)
              + "\nNinguno registrado al "
              + Redaccion.fecha(estado.fechaReferencia())
              + ".");
    }
    var oficio = estado.ultimoOficio().get();
    return Respuesta.de(
        "Último oficio de "
            + Titulo.de(estado)
            + "\n"
            + oficio.numero().valor()
            + " del "
            + Redaccion.fecha(oficio.fecha())
            + ", "
            + Redaccion.sentido(oficio.sentido())
            + oficio.resultado().map(r -> ", " + Redaccion.enMinuscula(r.etiqueta())).orElse("")
            + (oficio.asunto() == null || oficio.asunto().isBlank()
                ? ""
                : "\n" + Redaccion.renglon(oficio.asunto(), Redaccion.LARGO_DE_UN_RENGLON)));
  }

  /** /proxima_sesion: la próxima sesión o reunión programada; si no hay, la última celebrada. */
  public static Respuesta proximaSesion(Expediente expediente, LocalDate referencia) {
    String titulo = "Próxima sesión de " + Titulo.de(expediente);
    Optional<Sesion> proxima =
        expediente.sesiones().stream()
            .filter(s -> s.getFecha() != null && !s.getFecha().isBefore(referencia))
            .filter(s -> s.getTipo() == TipoSesion.PROGRAMADA || s.getFecha().isAfter(referencia))
            .min(Comparator.comparing(Sesion::getFecha));
    if (proxima.isPresent()) {
      Sesion s = proxima.get();
      return Respuesta.de(
          titulo
              + "\n"
              + Redaccion.fecha(s.getFecha())
              + " · "
              + s.getOrgano().etiqueta()
              + " ("
              + Redaccion.dias(java.time.temporal.ChronoUnit.DAYS.between(referencia, s.getFecha()))
              + ")"
              + (s.getOrdenDelDia() == null
                  ? ""
                  : "\n" + Redaccion.renglon(s.getOrdenDelDia(), Redaccion.LARGO_DE_UN_RENGLON)));
    }
    Optional<Sesion> ultima =
        expediente.sesiones().stream()
            .filter(s -> s.celebradaAl(referencia))
            .max(Comparator.comparing(Sesion::getFecha));
    return Respuesta.de(
        titulo
            + "\nNo hay sesiones programadas después del "
            + Redaccion.fecha(referencia)
            + "."
            + ultima
                .map(
                    s ->
                        " La última fue el "
                            + Redaccion.fecha(s.getFecha())
                            + " ("
                            + s.getOrgano().etiqueta()
                            + ", "
                            + Redaccion.enMinuscula(s.getTipo().etiqueta())
                            + ").")
                .orElse(""));
  }

  /**
   * /observaciones: los oficios del INE con observaciones, hasta la fecha, cada uno atendido (por
   * el oficio que lo contesta) o no, y los entregables que siguen con observaciones.
   */
  public static Respuesta observaciones(ExpedienteConEstado expediente, LocalDate referencia) {
    List<String> lineas = new ArrayList<>();
    lineas.add("Observaciones del INE a " + Titulo.de(expediente.registros()));
    List<Oficio> oficios =
        expediente.registros().oficios().stream()
            .filter(o -> o.getFecha() == null || !o.getFecha().isAfter(referencia))
            .toList();
    List<Oficio> conObservaciones =
        oficios.stream()
            .filter(o -> o.getSentido() == Sentido.RECIBIDO_DEL_INE)
            .filter(o -> o.getResultado() == ResultadoRevision.CON_OBSERVACIONES)
            .sorted(
                Comparator.comparing(
                    Oficio::getFecha, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    int sinAtender = 0;
    for (Oficio o : conObservaciones) {
      Optional<Oficio> respuesta =
          oficios.stream().filter(r -> r.respondeA(o.getNumero())).findFirst();
      if (respuesta.isEmpty()) {
        sinAtender++;
      }
      lineas.add(
          "• "
              + o.getNumero().valor()
              + " del "
              + FichaDeDocumento.fecha(o)
              + (o.getEntregables().isEmpty()
                  ? ""
                  : " (" + String.join(", ", o.getEntregables()) + ")")
              + ": "
              + respuesta
                  .map(
                      r ->
                          "atendida con "
                              + r.getNumero().valor()
                              + " del "
                              + FichaDeDocumento.fecha(r))
                  .orElse("sin atender"));
    }
    List<EntregableEsperado> pendientes =
        expediente.estado().entregables().stream()
            .filter(e -> e.estado() == EstadoEntregable.CON_OBSERVACIONES)
            .toList();
    if (conObservaciones.isEmpty() && pendientes.isEmpty()) {
      lineas.add(
          "El INE no ha hecho observaciones registradas al " + Redaccion.fecha(referencia) + ".");
      return Respuesta.de(String.join("\n", lineas));
    }
    lineas.add(
        1,
        Redaccion.cuenta(
                conObservaciones.size(), "oficio con observaciones", "oficios con observaciones")
            + ", "
            + sinAtender
            + " sin atender, al "
            + Redaccion.fecha(referencia)
            + ":");
    if (!pendientes.isEmpty()) {
      lineas.add("Entregables con observaciones por atender:");
      pendientes.forEach(e -> lineas.add("• " + Redaccion.entregable(e)));
    }
    return Respuesta.de(String.join("\n", lineas));
  }

  /**
   * /entregable: un entregable por su código, con su estado, fecha límite, envío y los oficios que
   * lo llevaron; de uno mensual, sus últimos periodos.
   */
  public static Respuesta entregable(
      ExpedienteConEstado expediente, String codigo, LocalDate referencia) {
    List<EntregableEsperado> esperados =
        expediente.estado().entregables().stream().filter(e -> e.codigo().equals(codigo)).toList();
    String titulo = Titulo.de(expediente.registros());
    if (esperados.isEmpty()) {
      return Respuesta.de(
          codigo
              + " no es un entregable que "
              + titulo
              + " deba remitir al "
              + Redaccion.fecha(referencia)
              + ". Escribe /pendientes para ver los que sí.");
    }
    List<String> lineas = new ArrayList<>();
    lineas.add(codigo + " " + esperados.get(0).nombre());
    lineas.add(titulo);
    List<EntregableEsperado> mostrados =
        esperados.size() > PERIODOS_DE_UN_MENSUAL
            ? esperados.subList(esperados.size() - PERIODOS_DE_UN_MENSUAL, esperados.size())
            : esperados;
    for (EntregableEsperado e : mostrados) {
      StringBuilder linea =
          new StringBuilder(mostrados.size() > 1 || e.periodo() != null ? "• " : "Estado: ");
      if (e.periodo() != null) {
        linea.append(Redaccion.periodo(e.periodo())).append(": ");
      }
      linea.append(e.vencido() ? "vencido" : Redaccion.enMinuscula(e.estado().etiqueta()));
      if (e.fechaLimite() != null) {
        linea
            .append(e.pendiente() ? ", vence el " : ", fecha límite ")
            .append(Redaccion.fecha(e.fechaLimite()));
        if (e.pendiente()) {
          linea
              .append(" (")
              .append(
                  Redaccion.dias(
                      java.time.temporal.ChronoUnit.DAYS.between(referencia, e.fechaLimite())))
              .append(")");
        }
      } else {
        linea.append(", sin fecha límite");
      }
      Optional<Entregable> registrado = expediente.registrado(e);
      registrado
          .filter(r -> r.getFechaEnvio() != null && !r.getFechaEnvio().isAfter(referencia))
          .ifPresent(
              r ->
                  linea
                      .append("; enviado el ")
                      .append(Redaccion.fecha(r.getFechaEnvio()))
                      .append(r.getOficioEnvio() == null ? "" : " con " + r.getOficioEnvio()));
      lineas.add(linea.toString());
    }
    List<Oficio> oficios =
        expediente.registros().oficios().stream()
            .filter(o -> o.getEntregables().contains(codigo))
            .filter(o -> o.getFecha() == null || !o.getFecha().isAfter(referencia))
            .sorted(
                Comparator.comparing(
                    Oficio::getFecha, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    if (oficios.isEmpty()) {
      lineas.add("Ningún oficio registrado lo lleva.");
    } else {
      lineas.add("Oficios que lo llevan:");
      for (Oficio o : oficios) {
        lineas.add(
            "• "
                + o.getNumero().valor()
                + " ("
                + FichaDeDocumento.fecha(o)
                + ") "
                + Redaccion.sentido(o.getSentido())
                + (o.getResultado() == null
                    ? ""
                    : ", " + Redaccion.enMinuscula(o.getResultado().etiqueta())));
      }
    }
    lineas.add("Datos al " + Redaccion.fecha(referencia));
    return Respuesta.de(String.join("\n", lineas));
  }

  private static String persona(MiembroCotaprep miembro) {
    return miembro.nombre()
        + (miembro.institucion() == null || miembro.institucion().isBlank()
            ? ""
            : " — " + miembro.institucion());
  }
}
