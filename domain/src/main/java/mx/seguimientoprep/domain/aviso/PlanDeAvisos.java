package mx.seguimientoprep.domain.aviso;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;

/**
 * Qué avisos envía una pasada: una función pura de las suscripciones, del estado de cada entidad
 * seguida, de los avisos ya registrados y del momento. Estas son sus reglas, decisiones del
 * producto:
 *
 * <ul>
 *   <li>El día es el de la zona de las reglas, no el del servidor: a las 23:30 de la Ciudad de
 *       México ya es el día siguiente en UTC, pero los avisos son los del día local.
 *   <li>El resumen y los avisos de vencimiento de un día salen desde la hora configurada; antes, la
 *       pasada no envía ninguno de los dos.
 *   <li>Resumen semanal: solo el día configurado (una sola vez ese día, su asunto es la fecha).
 *       Lista los vencidos, los pendientes que vencen en los próximos 14 días y los oficios
 *       fechados en los 7 días anteriores (desde el resumen anterior), los del INE con
 *       observaciones primero. Una semana sin nada que decir no tiene resumen.
 *   <li>Antes de cada vencimiento: para cada entregable pendiente (ni enviado, ni aprobado, ni con
 *       observaciones) con fecha límite, un aviso por cada número de días configurado. El de 7 días
 *       se envía del día 7 antes al día anterior al siguiente umbral (el de 1 día); el del último
 *       umbral, hasta el día del vencimiento. Una pasada que no corrió el día justo lo envía al día
 *       siguiente, una sola vez, con los días que de verdad faltan; un entregable vencido no recibe
 *       avisos de vencimiento (el resumen lo lista). Su asunto lleva el código, el periodo, la
 *       fecha límite y el umbral: si la fecha límite cambia, el aviso de la nueva fecha sale.
 *   <li>Observaciones del INE: un oficio «Recibido del INE» con resultado «Con observaciones» de
 *       una entidad seguida, registrado después de que la suscripción empezó, por cualquier canal.
 *       Su asunto es el número del oficio.
 *   <li>Nada dos veces: un aviso cuya llave ya está registrada no se planea, y se cuenta como
 *       omitido.
 * </ul>
 */
public final class PlanDeAvisos {

  private PlanDeAvisos() {}

  /**
   * Lo que decidió una pasada.
   *
   * @param porEnviar los avisos que tocan y nadie ha registrado
   * @param omitidos los que tocaban y ya estaban registrados (por otra pasada u otro nodo)
   */
  public record Pasada(List<AvisoPlaneado> porEnviar, int omitidos) {

    public Pasada {
      porEnviar = List.copyOf(porEnviar);
    }
  }

  /** Un oficio con el momento en que se registró (la línea de alta de su historial). */
  public record OficioRegistrado(Oficio oficio, Instant registrado) {

    public OficioRegistrado {
      Objects.requireNonNull(oficio, "oficio");
      Objects.requireNonNull(registrado, "registrado");
    }
  }

  /**
   * El resumen semanal y los avisos de vencimiento de una pasada en ese momento.
   *
   * @param estados el estado del proceso actual de cada entidad seguida, al día local de la pasada
   * @param oficios los oficios de cada entidad seguida (basta con los de la última semana); solo se
   *     leen el día del resumen
   */
  public static Pasada delDia(
      Instant momento,
      ReglasDeAvisos reglas,
      List<SuscripcionVigente> suscripciones,
      Map<ClaveEntidad, EstadoPrep> estados,
      Map<ClaveEntidad, List<Oficio>> oficios,
      Set<LlaveDeAviso> registrados) {
    List<AvisoPlaneado> planeados = new ArrayList<>();
    if (reglas.yaEsHora(momento)) {
      LocalDate hoy = reglas.fechaLocal(momento);
      boolean diaDelResumen = hoy.getDayOfWeek() == reglas.diaDelResumen();
      for (SuscripcionVigente suscripcion : suscripciones) {
        EstadoPrep estado = estados.get(suscripcion.entidad());
        if (estado == null) {
          continue;
        }
        if (diaDelResumen) {
          resumen(suscripcion, estado, oficios.getOrDefault(suscripcion.entidad(), List.of()), hoy)
              .ifPresent(planeados::add);
        }
        vencimientos(suscripcion, estado, reglas, hoy, planeados);
      }
    }
    return sinRegistrados(planeados, registrados);
  }

  /**
   * Los avisos de observaciones del INE de los oficios registrados.
   *
   * @param registradosDesde los oficios registrados recientemente, de cualquier entidad
   */
  public static Pasada deObservaciones(
      List<OficioRegistrado> registradosDesde,
      List<SuscripcionVigente> suscripciones,
      Set<LlaveDeAviso> registrados) {
    List<AvisoPlaneado> planeados = new ArrayList<>();
    for (OficioRegistrado registrado : registradosDesde) {
      Oficio oficio = registrado.oficio();
      if (!conObservacionesDelIne(oficio)) {
        continue;
      }
      ClaveEntidad entidad = oficio.getEntidad().getClave();
      for (SuscripcionVigente suscripcion : suscripciones) {
        if (suscripcion.entidad().equals(entidad)
            && !registrado.registrado().isBefore(suscripcion.desde())) {
          planeados.add(
              new AvisoPlaneado(
                  suscripcion,
                  TipoDeAviso.OBSERVACIONES,
                  oficio.getNumero().valor(),
                  oficio.getFecha(),
                  new ContenidoDeAviso.Observaciones(
                      entidad, oficio.getEntidad().getNombre(), oficio)));
        }
      }
    }
    return sinRegistrados(planeados, registrados);
  }

  /** Si es la respuesta del INE que pide corregir algo. */
  public static boolean conObservacionesDelIne(Oficio oficio) {
    return oficio.getSentido() == Sentido.RECIBIDO_DEL_INE
        && oficio.getResultado() == ResultadoRevision.CON_OBSERVACIONES;
  }

  private static Optional<AvisoPlaneado> resumen(
      SuscripcionVigente suscripcion, EstadoPrep estado, List<Oficio> oficios, LocalDate hoy) {
    LocalDate horizonte = hoy.plusDays(ReglasDeAvisos.HORIZONTE_DEL_RESUMEN);
    List<EntregableEsperado> vencidos = estado.vencidos();
    List<EntregableEsperado> proximos =
        estado.pendientesEntre(hoy, horizonte).stream().filter(e -> !e.vencido()).toList();
    LocalDate desde = hoy.minusDays(7);
    List<Oficio> deLaSemana =
        oficios.stream()
            .filter(o -> o.getFecha() != null)
            .filter(o -> o.getFecha().isAfter(desde) && !o.getFecha().isAfter(hoy))
            .sorted(
                Comparator.comparing((Oficio o) -> !conObservacionesDelIne(o))
                    .thenComparing(Oficio::getFecha, Comparator.reverseOrder())
                    .thenComparing(o -> o.getNumero().valor()))
            .toList();
    if (vencidos.isEmpty() && proximos.isEmpty() && deLaSemana.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AvisoPlaneado(
            suscripcion,
            TipoDeAviso.RESUMEN,
            asuntoDelResumen(hoy),
            hoy,
            new ContenidoDeAviso.Resumen(
                estado.claveEntidad(),
                estado.nombreEntidad(),
                estado.proceso(),
                hoy,
                vencidos,
                proximos,
                deLaSemana)));
  }

  private static void vencimientos(
      SuscripcionVigente suscripcion,
      EstadoPrep estado,
      ReglasDeAvisos reglas,
      LocalDate hoy,
      List<AvisoPlaneado> planeados) {
    List<Integer> dias = reglas.dias();
    if (dias.isEmpty()) {
      return;
    }
    LocalDate masLejano = hoy.plusDays(dias.get(0));
    for (EntregableEsperado entregable : estado.entregables()) {
      LocalDate limite = entregable.fechaLimite();
      if (!entregable.pendiente()
          || limite == null
          || limite.isBefore(hoy)
          || limite.isAfter(masLejano)) {
        continue;
      }
      for (int i = 0; i < dias.size(); i++) {
        LocalDate desde = limite.minusDays(dias.get(i));
        LocalDate hasta =
            i + 1 < dias.size() ? limite.minusDays(dias.get(i + 1)) : limite.plusDays(1);
        if (!hoy.isBefore(desde) && hoy.isBefore(hasta)) {
          planeados.add(
              new AvisoPlaneado(
                  suscripcion,
                  TipoDeAviso.VENCIMIENTO,
                  asunto(entregable, dias.get(i)),
                  limite,
                  new ContenidoDeAviso.Vencimiento(
                      estado.claveEntidad(),
                      estado.nombreEntidad(),
                      estado.proceso(),
                      entregable,
                      ChronoUnit.DAYS.between(hoy, limite))));
          break;
        }
      }
    }
  }

  /** El asunto del resumen de ese día: su fecha, {@code 2021-11-01}. */
  public static String asuntoDelResumen(LocalDate dia) {
    return dia.toString();
  }

  /** {@code E03 2021-10 2021-11-05 7d}: el entregable, su periodo, su fecha límite y el umbral. */
  static String asunto(EntregableEsperado entregable, int dias) {
    return entregable.codigo()
        + " "
        + (entregable.periodo() == null ? "-" : entregable.periodo().toString())
        + " "
        + entregable.fechaLimite()
        + " "
        + dias
        + "d";
  }

  private static Pasada sinRegistrados(
      List<AvisoPlaneado> planeados, Set<LlaveDeAviso> registrados) {
    List<AvisoPlaneado> porEnviar = new ArrayList<>(planeados.size());
    int omitidos = 0;
    for (AvisoPlaneado planeado : planeados) {
      if (registrados.contains(planeado.llave())) {
        omitidos++;
      } else {
        porEnviar.add(planeado);
      }
    }
    return new Pasada(porEnviar, omitidos);
  }
}
