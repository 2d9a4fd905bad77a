package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Una fila de la hoja `Acuerdos`. */
public record ComandoAcuerdo(
    ClaveEntidad entidad,
    String proceso,
    NumeroAcuerdo clave,
    FechaOMes fecha,
    OrganoAcuerdo organo,
    String sesion,
    String entregable,
    String descripcion,
    Ubicacion origen)
    implements Comando {

  @Override
  public TipoDeRegistro hoja() {
    return TipoDeRegistro.ACUERDOS;
  }

  /**
   * @param proceso el proceso ya resuelto, o {@code null}
   */
  public Acuerdo crear(Entidad entidad, ProcesoElectoral proceso, Catalogo catalogo) {
    String codigo =
        entregable == null || entregable.isBlank()
            ? null
            : catalogo.exigir("Entregable", entregable).getCodigo();
    return new Acuerdo(entidad, proceso, clave, fecha, organo, sesion, codigo, descripcion);
  }
}
