package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;

/** Todo lo registrado de un proceso, de lo que se calcula su estado. */
public record Expediente(
    ProcesoElectoral proceso,
    List<Entregable> entregables,
    List<Acuerdo> acuerdos,
    List<Oficio> oficios,
    List<Sesion> sesiones,
    List<IntegranteCotaprep> integrantes) {

  public Expediente {
    Objects.requireNonNull(proceso, "proceso");
    entregables = entregables == null ? List.of() : List.copyOf(entregables);
    acuerdos = acuerdos == null ? List.of() : List.copyOf(acuerdos);
    oficios = oficios == null ? List.of() : List.copyOf(oficios);
    sesiones = sesiones == null ? List.of() : List.copyOf(sesiones);
    integrantes = integrantes == null ? List.of() : List.copyOf(integrantes);
  }

  /**
   * Los registros fechados en el mes (acuerdos, oficios, sesiones; un acuerdo u oficio con solo el
   * mes cae en ese mes; uno sin fecha, en ninguno); los entregables y los integrantes, todos, como
   * están.
   */
  public Expediente delMes(YearMonth mes) {
    return new Expediente(
        proceso,
        entregables,
        acuerdos.stream().filter(a -> enMes(a.getFechaOMes(), mes)).toList(),
        oficios.stream().filter(o -> enMes(o.getFechaOMes(), mes)).toList(),
        sesiones.stream().filter(s -> enMes(s.getFecha(), mes)).toList(),
        integrantes);
  }

  /** Si tiene algún acuerdo, oficio o sesión. */
  public boolean tieneActividad() {
    return !acuerdos.isEmpty() || !oficios.isEmpty() || !sesiones.isEmpty();
  }

  private static boolean enMes(FechaOMes fecha, YearMonth mes) {
    return fecha != null && fecha.enMes(mes);
  }

  private static boolean enMes(LocalDate fecha, YearMonth mes) {
    return fecha != null && YearMonth.from(fecha).equals(mes);
  }
}
