package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.proceso.PeriodoDeSeguimiento;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.Realizacion;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;

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
    LocalDate seguimientoDesde,
    LocalDate seguimientoHasta,
    LocalDate jornadaOriginal,
    LocalDate cambioDeJornada,
    VersionLineamientos lineamientos,
    Ubicacion origen)
    implements Comando {

  /** Un proceso seguido por completo, con una sola jornada. */
  public ComandoProceso(
      ClaveEntidad entidad,
      String proceso,
      LocalDate jornada,
      String instanciaInterna,
      String titularInstancia,
      NumeroAcuerdo acuerdoDesignacion,
      Realizacion realizacion,
      String enteAuditor,
      Ubicacion origen) {
    this(
        entidad,
        proceso,
        jornada,
        instanciaInterna,
        titularInstancia,
        acuerdoDesignacion,
        realizacion,
        enteAuditor,
        null,
        null,
        null,
        null,
        null,
        origen);
  }

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
        enteAuditor,
        new PeriodoDeSeguimiento(seguimientoDesde, seguimientoHasta),
        jornadaOriginal,
        cambioDeJornada,
        lineamientos);
  }
}
