package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import java.time.YearMonth;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Una fila de la hoja `Entregables`; el entregable, por código o por nombre del catálogo. */
public record ComandoEntregable(
    ClaveEntidad entidad,
    String proceso,
    String entregable,
    YearMonth periodo,
    LocalDate fechaLimite,
    EstadoEntregable estado,
    LocalDate fechaEnvio,
    NumeroOficio oficioEnvio,
    NumeroOficio oficioRespuesta,
    String observaciones,
    Ubicacion origen)
    implements Comando {

  @Override
  public TipoDeRegistro hoja() {
    return TipoDeRegistro.ENTREGABLES;
  }

  /** El entregable, reconocido en el catálogo y con el periodo que su plazo exige. */
  public Entregable crear(ProcesoElectoral proceso, Catalogo catalogo) {
    DefinicionEntregable definicion = catalogo.exigir("Entregable", entregable);
    definicion.validarPeriodo(periodo);
    return new Entregable(
        proceso,
        definicion.getCodigo(),
        periodo,
        fechaLimite,
        estado,
        fechaEnvio,
        oficioEnvio,
        oficioRespuesta,
        observaciones);
  }
}
