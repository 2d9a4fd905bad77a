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
 * Todo lo registrado de un proceso de una entidad, como lo muestra la página de la entidad: el
 * proceso, el estado a la fecha de referencia, cada entregable esperado con lo registrado de él,
 * los oficios como conversaciones (cada respuesta bajo el oficio que responde, con los días que
 * tomó), los acuerdos, las sesiones con su orden del día, los integrantes del COTAPREP y los demás
 * procesos de la entidad.
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

  /** Uno de los procesos de la entidad, para cambiar a él; {@code mostrado} es el respondido. */
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

  /** Un entregable esperado, con el envío y la respuesta registrados para él, si los hay. */
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
   * Un oficio con las respuestas que lo citan. {@code diasDeRespuesta}: los días del oficio citado
   * a esta respuesta (los que tardó el INE, cuando el INE responde un oficio enviado al INE).
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

  /** Un entregable esperado, con su fila registrada ({@code fila}) si la hay. */
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

  /** Un oficio de una conversación, con las respuestas bajo él. */
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
