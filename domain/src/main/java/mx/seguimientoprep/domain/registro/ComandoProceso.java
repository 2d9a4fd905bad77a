package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.Realizacion;

/** Una fila de la hoja `Procesos`; aquí {@link #proceso()} es el nombre del proceso. */
public record ComandoProceso(
    ClaveEntidad entidad,
    String proceso,
    LocalDate jornada,
    String instanciaInterna,
    String titularInstancia,
    NumeroAcuerdo acuerdoDesignacion,
    Realizacion realizacion,
    String enteAuditor,
    Ubicacion origen)
    implements Comando {

  @Override
  public TipoDeRegistro hoja() {
    return TipoDeRegistro.PROCESOS;
  }

  public ProcesoElectoral crear(Entidad entidad) {
    return new ProcesoElectoral(
        entidad,
        proceso,
        jornada,
        instanciaInterna,
        titularInstancia,
        acuerdoDesignacion,
        realizacion,
        enteAuditor);
  }
}
