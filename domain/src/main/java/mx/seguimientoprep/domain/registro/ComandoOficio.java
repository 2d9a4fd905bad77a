package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Una fila de la hoja `Oficios`, o un oficio capturado en el bot o la web. */
public record ComandoOficio(
    ClaveEntidad entidad,
    String proceso,
    NumeroOficio numero,
    FechaOMes fecha,
    Sentido sentido,
    String remitente,
    String destinatario,
    String asunto,
    List<String> entregables,
    List<NumeroOficio> enRespuestaA,
    List<String> anexos,
    ResultadoRevision resultado,
    String notas,
    Ubicacion origen)
    implements Comando {

  public ComandoOficio {
    entregables = entregables == null ? List.of() : List.copyOf(entregables);
    enRespuestaA = enRespuestaA == null ? List.of() : List.copyOf(enRespuestaA);
    anexos = anexos == null ? List.of() : List.copyOf(anexos);
  }

  /** Un oficio con día, que responde a lo más a uno y sin anexos (el del bot). */
  public ComandoOficio(
      ClaveEntidad entidad,
      String proceso,
      NumeroOficio numero,
      LocalDate fecha,
      Sentido sentido,
      String remitente,
      String destinatario,
      String asunto,
      List<String> entregables,
      NumeroOficio enRespuestaA,
      ResultadoRevision resultado,
      String notas,
      Ubicacion origen) {
    this(
        entidad,
        proceso,
        numero,
        FechaOMes.deDia(fecha),
        sentido,
        remitente,
        destinatario,
        asunto,
        entregables,
        enRespuestaA == null ? List.of() : List.of(enRespuestaA),
        List.of(),
        resultado,
        notas,
        origen);
  }

  @Override
  public TipoDeRegistro hoja() {
    return TipoDeRegistro.OFICIOS;
  }

  /** El oficio, con cada entregable reconocido en el catálogo por su código o su nombre. */
  public Oficio crear(ProcesoElectoral proceso, Catalogo catalogo) {
    List<String> codigos =
        entregables.stream()
            .map(entregable -> catalogo.exigir("Entregables", entregable).getCodigo())
            .toList();
    return new Oficio(
        proceso,
        numero,
        fecha,
        sentido,
        remitente,
        destinatario,
        asunto,
        codigos,
        enRespuestaA,
        anexos,
        resultado,
        notas);
  }
}
