package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
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
    LocalDate fecha,
    Sentido sentido,
    String remitente,
    String destinatario,
    String asunto,
    List<String> entregables,
    NumeroOficio enRespuestaA,
    ResultadoRevision resultado,
    String notas,
    Ubicacion origen)
    implements Comando {

  public ComandoOficio {
    entregables = entregables == null ? List.of() : List.copyOf(entregables);
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
        resultado,
        notas);
  }
}
