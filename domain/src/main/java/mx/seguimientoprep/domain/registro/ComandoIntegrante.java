package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Una fila de la hoja `COTAPREP`. */
public record ComandoIntegrante(
    ClaveEntidad entidad,
    String proceso,
    String nombre,
    String institucion,
    Cargo cargo,
    NumeroAcuerdo acuerdo,
    Ubicacion origen)
    implements Comando {

  @Override
  public TipoDeRegistro hoja() {
    return TipoDeRegistro.COTAPREP;
  }

  public IntegranteCotaprep crear(ProcesoElectoral proceso) {
    return new IntegranteCotaprep(proceso, nombre, institucion, cargo, acuerdo);
  }
}
