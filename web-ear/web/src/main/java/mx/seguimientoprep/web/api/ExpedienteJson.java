package mx.seguimientoprep.web.api;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.Hilo;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
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
      String enteAuditor,
      LocalDate seguimientoDesde,
      LocalDate seguimientoHasta,
      String sinRegistro,
      LocalDate jornadaOriginal,
      LocalDate cambioDeJornada,
      String lineamientos) {}

  /** Un entregable esperado, con el envío y la respuesta registrados para él, si los hay. */
  public record EntregableJson(
      String codigo,
      String nombre,
      String periodo,
      LocalDate fechaLimite,
      String estado,
      boolean vencido,
      boolean sinRegistro,
      LocalDate fechaEnvio,
      String oficioEnvio,
      String oficioRespuesta,
      String observaciones) {}

  /**
   * Un oficio con las respuestas que lo citan. {@code diasDeRespuesta}: los días del oficio citado
   * a esta respuesta (los que tardó el INE, cuando el INE responde un oficio enviado al INE).
   *
   * @param fecha el día, o {@code null} si no se sabe
   * @param fechaMes el mes ({@code 2020-03}) cuando solo se sabe el mes
   * @param enRespuestaA los números que responde, separados por {@code ", "} (el campo de antes)
   * @param respondeA los números que responde, uno por elemento
   */
  public record OficioJson(
      String numero,
      LocalDate fecha,
      String fechaMes,
      String sentido,
      String remitente,
      String destinatario,
      String asunto,
      List<String> entregables,
      String enRespuestaA,
      List<String> respondeA,
      List<AnexoJson> anexos,
      String resultado,
      String notas,
      Long diasDeRespuesta,
      boolean respuestaDelIne,
      List<OficioJson> respuestas) {}

  /**
   * Lo que llevó un oficio: el texto escrito y, si nombra un oficio o un acuerdo registrado del
   * proceso, su número.
   */
  public record AnexoJson(String texto, String oficio, String acuerdo) {}

  public record AcuerdoJson(
      String clave,
      LocalDate fecha,
      String fechaMes,
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
            p.getEnteAuditor(),
            estado.seguimiento().desde(),
            estado.seguimiento().hasta(),
            estado.sinRegistro().orElse(null),
            p.getJornadaOriginal(),
            p.getCambioDeJornada(),
            estado.lineamientos().etiqueta()),
        estado.semaforo().etiqueta(),
        EstadoJson.ConteoJson.de(estado.conteo(), estado.entregables().size()),
        estado.entregables().stream()
            .map(e -> entregable(e, leido.registrado(e).orElse(null)))
            .toList(),
        leido.hilos().stream().map(h -> oficio(h, leido)).toList(),
        leido.acuerdos().stream()
            .map(
                a ->
                    new AcuerdoJson(
                        texto(a.getClave()),
                        a.getFecha(),
                        mes(a.getFechaOMes()),
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
        EstadoJson.EntregableJson.estado(e),
        e.vencido(),
        e.sinRegistro(),
        fila == null ? null : fila.getFechaEnvio(),
        fila == null ? null : texto(fila.getOficioEnvio()),
        fila == null ? null : texto(fila.getOficioRespuesta()),
        fila == null ? null : fila.getObservaciones());
  }

  /** Un oficio de una conversación, con las respuestas bajo él. */
  private static OficioJson oficio(Hilo h, ExpedienteConEstado leido) {
    Oficio o = h.oficio();
    List<String> respondeA = o.getEnRespuestaA().stream().map(NumeroOficio::valor).toList();
    return new OficioJson(
        o.getNumero().valor(),
        o.getFecha(),
        mes(o.getFechaOMes()),
        etiqueta(o.getSentido()),
        o.getRemitente(),
        o.getDestinatario(),
        o.getAsunto(),
        o.getEntregables(),
        respondeA.isEmpty() ? null : String.join(", ", respondeA),
        respondeA,
        leido.anexos(o).stream()
            .map(
                a ->
                    new AnexoJson(
                        a.texto(),
                        a.oficio().map(NumeroOficio::valor).orElse(null),
                        a.acuerdo().map(NumeroAcuerdo::valor).orElse(null)))
            .toList(),
        etiqueta(o.getResultado()),
        o.getNotas(),
        h.diasDeRespuesta().orElse(null),
        h.respuestaDelIne(),
        h.respuestas().stream().map(r -> oficio(r, leido)).toList());
  }

  /** El mes de una fecha de la que solo se sabe el mes; {@code null} si se sabe el día. */
  private static String mes(FechaOMes fecha) {
    return fecha == null || !fecha.soloMes() ? null : fecha.mes().toString();
  }

  private static String texto(Object valor) {
    return valor == null ? null : valor.toString();
  }

  private static String etiqueta(Etiquetado valor) {
    return valor == null ? null : valor.etiqueta();
  }
}
