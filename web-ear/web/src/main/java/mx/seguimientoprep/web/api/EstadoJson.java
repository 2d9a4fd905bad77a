package mx.seguimientoprep.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.ConteoEntregables;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoCotaprep;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.UltimoOficio;

/**
 * El estado de un proceso como lo contesta la API: campos en español en camelCase, fechas
 * aaaa-mm-dd, valores como los lee una persona ({@code "Enviado al INE"}, {@code "vencidos"}).
 */
public record EstadoJson(
    EntidadJson entidad,
    ProcesoJson proceso,
    LocalDate fechaReferencia,
    String semaforo,
    ConteoJson entregables,
    List<EntregableJson> vencidos,
    EntregableJson proximo,
    CotaprepJson cotaprep,
    OficioJson ultimoOficio,
    LocalDate ultimaActividad) {

  public record EntidadJson(String clave, String nombre, String siglas) {}

  /**
   * @param seguimientoDesde el primer día en que los registros están completos, o {@code null}
   * @param seguimientoHasta el último, o {@code null}
   * @param sinRegistro lo que se dice de lo que falta ({@code sin registro antes del 01/10/2021}),
   *     o {@code null} si el periodo está abierto
   * @param jornadaOriginal la jornada prevista antes de un cambio, o {@code null}
   * @param cambioDeJornada el día en que se decidió el cambio, o {@code null}
   * @param lineamientos la versión de los Lineamientos con que se mide ({@code 2022}, {@code
   *     anterior})
   */
  public record ProcesoJson(
      String nombre,
      LocalDate jornada,
      Long diasParaJornada,
      String instanciaInterna,
      String titularInstancia,
      LocalDate seguimientoDesde,
      LocalDate seguimientoHasta,
      String sinRegistro,
      LocalDate jornadaOriginal,
      LocalDate cambioDeJornada,
      String lineamientos) {}

  public record ConteoJson(
      int total,
      int enviados,
      int sinObservaciones,
      int conObservaciones,
      int observacionesAtendidas,
      int noAplica,
      int pendientes,
      int vencidos,
      int sinRegistro) {

    static ConteoJson de(ConteoEntregables conteo, int total) {
      Map<EstadoEntregable, Integer> por = conteo.porEstado();
      return new ConteoJson(
          total,
          por.get(EstadoEntregable.ENVIADO),
          por.get(EstadoEntregable.SIN_OBSERVACIONES),
          por.get(EstadoEntregable.CON_OBSERVACIONES),
          por.get(EstadoEntregable.OBSERVACIONES_ATENDIDAS),
          por.get(EstadoEntregable.NO_APLICA),
          conteo.pendientes(),
          conteo.vencidos(),
          conteo.sinRegistro());
    }
  }

  public record EntregableJson(
      String codigo, String nombre, String periodo, LocalDate fechaLimite, String estado) {

    static EntregableJson de(EntregableEsperado e) {
      YearMonth periodo = e.periodo();
      return new EntregableJson(
          e.codigo(),
          e.nombre(),
          periodo == null ? null : periodo.toString(),
          e.fechaLimite(),
          estado(e));
    }

    /** {@code Vencido}, {@code Sin registro} o la etiqueta de su estado. */
    static String estado(EntregableEsperado e) {
      if (e.vencido()) {
        return "Vencido";
      }
      return e.sinRegistro() ? "Sin registro" : e.estado().etiqueta();
    }
  }

  public record MiembroJson(String nombre, String institucion, String cargo) {}

  public record CotaprepJson(
      String acuerdo,
      LocalDate fechaAcuerdo,
      int numeroIntegrantes,
      String secretarioTecnico,
      List<MiembroJson> integrantes,
      LocalDate instalacion,
      int sesionesCelebradas,
      int reunionesCelebradas,
      SesionJson ultimaSesion) {

    static CotaprepJson de(EstadoCotaprep c) {
      return new CotaprepJson(
          c.acuerdo().map(Object::toString).orElse(null),
          c.fechaAcuerdo().orElse(null),
          c.numeroIntegrantes(),
          c.secretarioTecnico().orElse(null),
          c.integrantes().stream()
              .map(m -> new MiembroJson(m.nombre(), m.institucion(), m.cargo().etiqueta()))
              .toList(),
          c.instalacion().orElse(null),
          c.sesionesCelebradas(),
          c.reunionesCelebradas(),
          c.ultimaSesion()
              .map(s -> new SesionJson(s.tipo().etiqueta(), s.numero(), s.fecha()))
              .orElse(null));
    }
  }

  /** La última sesión formal del COTAPREP celebrada a la fecha. */
  public record SesionJson(String tipo, Integer numero, LocalDate fecha) {}

  public record OficioJson(
      String numero, LocalDate fecha, String sentido, String asunto, String resultado) {

    static OficioJson de(UltimoOficio o) {
      return new OficioJson(
          o.numero().toString(),
          o.fecha(),
          o.sentido().etiqueta(),
          o.asunto(),
          o.resultado().map(r -> r.etiqueta()).orElse(null));
    }
  }

  public static EstadoJson de(EstadoPrep e) {
    return new EstadoJson(
        new EntidadJson(e.claveEntidad().valor(), e.nombreEntidad(), e.siglas()),
        new ProcesoJson(
            e.proceso(),
            e.jornada(),
            e.diasParaJornada().orElse(null),
            e.instanciaInterna(),
            e.titularInstancia(),
            e.seguimiento().desde(),
            e.seguimiento().hasta(),
            e.sinRegistro().orElse(null),
            e.jornadaOriginal(),
            e.cambioDeJornada(),
            e.lineamientos().etiqueta()),
        e.fechaReferencia(),
        e.semaforo().etiqueta(),
        ConteoJson.de(e.conteo(), e.entregables().size()),
        e.vencidos().stream().map(EntregableJson::de).toList(),
        e.proximo().map(EntregableJson::de).orElse(null),
        CotaprepJson.de(e.cotaprep()),
        e.ultimoOficio().map(OficioJson::de).orElse(null),
        e.ultimaActividad().orElse(null));
  }
}
