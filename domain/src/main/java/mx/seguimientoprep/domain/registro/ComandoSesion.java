package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/** Una fila de la hoja `Sesiones`. */
public record ComandoSesion(
    ClaveEntidad entidad,
    String proceso,
    Organo organo,
    TipoSesion tipo,
    Integer numero,
    LocalDate fecha,
    String ordenDelDia,
    String resultados,
    Ubicacion origen)
    implements Comando {

  @Override
  public TipoDeRegistro hoja() {
    return TipoDeRegistro.SESIONES;
  }

  public Sesion crear(ProcesoElectoral proceso) {
    return new Sesion(proceso, organo, tipo, numero, fecha, ordenDelDia, resultados);
  }
}
