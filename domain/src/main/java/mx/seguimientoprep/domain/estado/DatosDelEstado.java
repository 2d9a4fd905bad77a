package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Lo que el estado de un proceso a una fecha necesita de sus registros. De los oficios, que pueden
 * ser miles por proceso, solo el último conocido a esa fecha: así se puede leer de la base con una
 * consulta que baja por un índice y se detiene en la primera fila, sin traer todos. Los demás
 * registros de un proceso son pocos y van completos.
 *
 * @param ultimoOficio el oficio más reciente con fecha hasta la de referencia, con la regla de
 *     {@link UltimoOficio}
 */
public record DatosDelEstado(
    ProcesoElectoral proceso,
    List<Entregable> entregables,
    List<Acuerdo> acuerdos,
    List<Sesion> sesiones,
    List<IntegranteCotaprep> integrantes,
    Optional<Oficio> ultimoOficio) {

  public DatosDelEstado {
    Objects.requireNonNull(proceso, "proceso");
    entregables = List.copyOf(entregables);
    acuerdos = List.copyOf(acuerdos);
    sesiones = List.copyOf(sesiones);
    integrantes = List.copyOf(integrantes);
    Objects.requireNonNull(ultimoOficio, "ultimoOficio");
  }

  /** Los datos del estado a la fecha, tomados de todo lo registrado del proceso. */
  public static DatosDelEstado de(Expediente expediente, LocalDate referencia) {
    return new DatosDelEstado(
        expediente.proceso(),
        expediente.entregables(),
        expediente.acuerdos(),
        expediente.sesiones(),
        expediente.integrantes(),
        ultimoOficio(expediente.oficios(), referencia));
  }

  /**
   * El último de los oficios con fecha hasta la referencia, por {@link UltimoOficio#POR_RECIENCIA}.
   */
  public static Optional<Oficio> ultimoOficio(List<Oficio> oficios, LocalDate referencia) {
    return oficios.stream()
        .filter(o -> o.getFecha() != null && !o.getFecha().isAfter(referencia))
        .max(UltimoOficio.POR_RECIENCIA);
  }
}
