package mx.seguimientoprep.web.api;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.oficio.Hilo;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

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

  static ExpedienteJson de(ExpedienteConEstado leido) {
    EstadoPrep estado = leido.estado();
    ProcesoElectoral p = leido.proceso();
    LocalDate referencia = estado.fechaReferencia();
    return new ExpedienteJson(
        new EstadoJson.EntidadJson(
            estado.claveEntidad().valor(), estado.nombreEntidad(), estado.siglas()),
        referencia,
        leido.procesosDeLaEntidad().stream()
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
        estado.entregables().stream()
            .map(e -> entregable(e, leido.registrado(e).orElse(null)))
            .toList(),
        leido.hilos().stream().map(ExpedienteJson::oficio).toList(),
        leido.acuerdos().stream()
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
        leido.sesiones().stream()
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
        leido.integrantes().stream()
            .map(
                i ->
                    new IntegranteJson(
                        i.getNombre(),
                        i.getInstitucion(),
                        etiqueta(i.getCargo()),
                        texto(i.getAcuerdo())))
            .toList());
  }

  /** An expected deliverable, with its recorded row ({@code fila}) if there is one. */
  private static EntregableJson entregable(EntregableEsperado e, Entregable fila) {
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

  /** One oficio of a conversation, with the replies under it. */
  private static OficioJson oficio(Hilo h) {
    Oficio o = h.oficio();
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
        h.diasDeRespuesta().orElse(null),
        h.respuestaDelIne(),
        h.respuestas().stream().map(ExpedienteJson::oficio).toList());
  }

  private static String texto(Object valor) {
    return valor == null ? null : valor.toString();
  }

  private static String etiqueta(Etiquetado valor) {
    return valor == null ? null : valor.etiqueta();
  }
}
