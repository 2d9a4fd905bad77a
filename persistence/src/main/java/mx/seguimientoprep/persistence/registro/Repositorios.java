package mx.seguimientoprep.persistence.registro;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import mx.seguimientoprep.persistence.repositorio.AcuerdosJpa;
import mx.seguimientoprep.persistence.repositorio.CambiosJpa;
import mx.seguimientoprep.persistence.repositorio.DefinicionesEntregableJpa;
import mx.seguimientoprep.persistence.repositorio.EntidadesJpa;
import mx.seguimientoprep.persistence.repositorio.EntregablesJpa;
import mx.seguimientoprep.persistence.repositorio.IntegrantesCotaprepJpa;
import mx.seguimientoprep.persistence.repositorio.OficiosJpa;
import mx.seguimientoprep.persistence.repositorio.ProcesosJpa;
import mx.seguimientoprep.persistence.repositorio.SesionesJpa;

/**
 * Los repositorios que toca una escritura (alcance dependiente: se leen como campos simples, sin
 * proxy).
 */
@Dependent
class Repositorios {
  @Inject EntidadesJpa entidades;
  @Inject ProcesosJpa procesos;
  @Inject AcuerdosJpa acuerdos;
  @Inject OficiosJpa oficios;
  @Inject SesionesJpa sesiones;
  @Inject EntregablesJpa entregables;
  @Inject IntegrantesCotaprepJpa integrantes;
  @Inject DefinicionesEntregableJpa definiciones;
  @Inject CambiosJpa cambios;
}
