package mx.seguimientoprep.web.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Everything recorded of one process of an entidad, as the entidad page shows it: the process, the
 * status at the reference date, every expected deliverable with what was recorded of it, the
 * oficios as conversations (each reply under the oficio it answers, with the days it took), the
 * acuerdos, the sessions with their agenda, the COTAPREP members, and the entidad's other
 * processes.
 */
public record ExpedienteJson(
    EstadoJson.EntidadJson entidad,
    LocalDate fechaReferencia,
    List<ProcesoDeLaEntidad> procesos,
    ProcesoJson proceso,
    String semaforo,
    EstadoJson.ConteoJson conteo,
    List<EntregableJson> entregables,
    List<OficioJson> oficios,
    List<AcuerdoJson> acuerdos,
    List<SesionJson> sesiones,
    EstadoJson.CotaprepJson cotaprep,
    List<IntegranteJson> integrantes) {

  /** One of the entidad's processes, to switch to; {@code mostrado} is the one answered. */
  public record ProcesoDeLaEntidad(String nombre, LocalDate jornada, boolean mostrado) {}

  public record ProcesoJson(
      String nombre,
      LocalDate jornada,
      Long diasParaJornada,
      String instanciaInterna,
      String titularInstancia,
      String acuerdoDesignacion,
      String realizacion,
      String enteAuditor) {}

  /** An expected deliverable, with the sending and the reply recorded for it, if any. */
  public record EntregableJson(
      String codigo,
      String nombre,
      String periodo,
      LocalDate fechaLimite,
      String estado,
      boolean vencido,
      LocalDate fechaEnvio,
      String oficioEnvio,
      String oficioRespuesta,
      String observaciones) {}

  /**
   * An oficio with the replies that cite it. {@code diasDeRespuesta}: the days from the cited
   * oficio to this reply (the days INE took, when an oficio sent to INE is answered by INE).
   */
  public record OficioJson(
      String numero,
      LocalDate fecha,
      String sentido,
      String remitente,
      String destinatario,
      String asunto,
      List<String> entregables,
      String enRespuestaA,
      String resultado,
      String notas,
      Long diasDeRespuesta,
      boolean respuestaDelIne,
      List<OficioJson> respuestas) {}

  public record AcuerdoJson(
      String clave,
      LocalDate fecha,
      String organo,
      String sesion,
      String entregable,
      String descripcion) {}

  public record SesionJson(
      String organo,
      String tipo,
      Integer numero,
      LocalDate fecha,
      boolean celebrada,
      List<String> puntos,
      String resultados) {}

  public record IntegranteJson(String nombre, String institucion, String cargo, String acuerdo) {}

  static ExpedienteJson de(
      Expediente expediente, EstadoPrep estado, List<ProcesoElectoral> procesosDeLaEntidad) {
    ProcesoElectoral p = expediente.proceso();
    LocalDate referencia = estado.fechaReferencia();
    return new ExpedienteJson(
        new EstadoJson.EntidadJson(
            estado.claveEntidad().valor(), estado.nombreEntidad(), estado.siglas()),
        referencia,
        procesosDeLaEntidad.stream()
            .sorted(
                Comparator.comparing(
                    ProcesoElectoral::getJornada,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
            .map(o -> new ProcesoDeLaEntidad(o.getNombre(), o.getJornada(), o.esElMismoQue(p)))
            .toList(),
        new ProcesoJson(
            p.getNombre(),
            p.getJornada(),
            estado.diasParaJornada().orElse(null),
            p.getInstanciaInterna(),
            p.getTitularInstancia(),
            texto(p.getAcuerdoDesignacion()),
            etiqueta(p.getRealizacion()),
            p.getEnteAuditor()),
        estado.semaforo().etiqueta(),
        EstadoJson.ConteoJson.de(estado.conteo(), estado.entregables().size()),
        estado.entregables().stream().map(e -> entregable(e, expediente.entregables())).toList(),
        hilos(expediente.oficios()),
        expediente.acuerdos().stream()
            .sorted(
                Comparator.comparing(
                    Acuerdo::getFecha, Comparator.nullsLast(Comparator.reverseOrder())))
            .map(
                a ->
                    new AcuerdoJson(
                        texto(a.getClave()),
                        a.getFecha(),
                        etiqueta(a.getOrgano()),
                        a.getSesion(),
                        a.getEntregable(),
                        a.getDescripcion()))
            .toList(),
        expediente.sesiones().stream()
            .sorted(Comparator.comparing(Sesion::getFecha).reversed())
            .map(
                s ->
                    new SesionJson(
                        etiqueta(s.getOrgano()),
                        etiqueta(s.getTipo()),
                        s.getNumero(),
                        s.getFecha(),
                        s.celebradaAl(referencia),
                        s.puntos(),
                        s.getResultados()))
            .toList(),
        EstadoJson.CotaprepJson.de(estado.cotaprep()),
        expediente.integrantes().stream()
            .sorted(
                Comparator.comparing((IntegranteCotaprep i) -> !i.esSecretarioTecnico())
                    .thenComparing(IntegranteCotaprep::getNombre))
            .map(
                i ->
                    new IntegranteJson(
                        i.getNombre(),
                        i.getInstitucion(),
                        etiqueta(i.getCargo()),
                        texto(i.getAcuerdo())))
            .toList());
  }

  private static EntregableJson entregable(EntregableEsperado e, List<Entregable> registrados) {
    Entregable fila =
        registrados.stream().filter(r -> r.esDe(e.codigo(), e.periodo())).findFirst().orElse(null);
    return new EntregableJson(
        e.codigo(),
        e.nombre(),
        e.periodo() == null ? null : e.periodo().toString(),
        e.fechaLimite(),
        e.vencido() ? "Vencido" : e.estado().etiqueta(),
        e.vencido(),
        fila == null ? null : fila.getFechaEnvio(),
        fila == null ? null : texto(fila.getOficioEnvio()),
        fila == null ? null : texto(fila.getOficioRespuesta()),
        fila == null ? null : fila.getObservaciones());
  }

  /**
   * The conversations, the most recent first: an oficio that answers none of the process's oficios
   * starts one; each reply goes under the oficio it cites, in date order.
   */
  static List<OficioJson> hilos(List<Oficio> oficios) {
    Map<NumeroOficio, Oficio> porNumero = new LinkedHashMap<>();
    oficios.forEach(o -> porNumero.put(o.getNumero(), o));
    Map<NumeroOficio, List<Oficio>> respuestas = new LinkedHashMap<>();
    List<Oficio> inicios = new ArrayList<>();
    for (Oficio o : oficios) {
      if (o.getEnRespuestaA() != null && porNumero.containsKey(o.getEnRespuestaA())) {
        respuestas.computeIfAbsent(o.getEnRespuestaA(), n -> new ArrayList<>()).add(o);
      } else {
        inicios.add(o);
      }
    }
    Comparator<Oficio> porFecha =
        Comparator.comparing(Oficio::getFecha).thenComparing(o -> o.getNumero().valor());
    Set<NumeroOficio> vistos = new HashSet<>();
    List<OficioJson> hilos = new ArrayList<>();
    inicios.stream()
        .sorted(porFecha.reversed())
        .forEach(o -> hilos.add(hilo(o, null, respuestas, porFecha, vistos)));
    // Oficios that cite each other in a circle have no start: each is shown once all the same.
    for (Oficio o : oficios.stream().sorted(porFecha).toList()) {
      if (!vistos.contains(o.getNumero())) {
        hilos.add(hilo(o, null, respuestas, porFecha, vistos));
      }
    }
    return hilos;
  }

  private static OficioJson hilo(
      Oficio o,
      Oficio citado,
      Map<NumeroOficio, List<Oficio>> respuestas,
      Comparator<Oficio> porFecha,
      Set<NumeroOficio> vistos) {
    vistos.add(o.getNumero());
    List<OficioJson> debajo = new ArrayList<>();
    for (Oficio r :
        respuestas.getOrDefault(o.getNumero(), List.of()).stream().sorted(porFecha).toList()) {
      if (!vistos.contains(r.getNumero())) {
        debajo.add(hilo(r, o, respuestas, porFecha, vistos));
      }
    }
    return new OficioJson(
        o.getNumero().valor(),
        o.getFecha(),
        etiqueta(o.getSentido()),
        o.getRemitente(),
        o.getDestinatario(),
        o.getAsunto(),
        o.getEntregables(),
        texto(o.getEnRespuestaA()),
        etiqueta(o.getResultado()),
        o.getNotas(),
        citado == null ? null : ChronoUnit.DAYS.between(citado.getFecha(), o.getFecha()),
        citado != null
            && citado.getSentido() == Sentido.ENVIADO_AL_INE
            && o.getSentido() == Sentido.RECIBIDO_DEL_INE,
        debajo);
  }

  private static String texto(Object valor) {
    return valor == null ? null : valor.toString();
  }

  private static String etiqueta(Etiquetado valor) {
    return valor == null ? null : valor.etiqueta();
  }
}
