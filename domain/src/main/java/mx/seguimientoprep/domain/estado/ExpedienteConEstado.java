package mx.seguimientoprep.domain.estado;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.oficio.Anexo;
import mx.seguimientoprep.domain.oficio.Hilo;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Todo lo registrado de un proceso con su estado a una fecha: lo que muestran la página de la
 * entidad y la API ({@code /expediente}) y lo que se exporta.
 *
 * @param procesosDeLaEntidad todos los procesos de la entidad, por jornada (los que no la tienen
 *     registrada, al final), para cambiar de uno a otro
 * @param actual si es el proceso actual de su entidad (entre los elegidos, al exportar)
 */
public record ExpedienteConEstado(
    Expediente registros,
    EstadoPrep estado,
    List<ProcesoElectoral> procesosDeLaEntidad,
    boolean actual) {

  public ExpedienteConEstado {
    Objects.requireNonNull(registros, "registros");
    Objects.requireNonNull(estado, "estado");
    procesosDeLaEntidad = List.copyOf(procesosDeLaEntidad);
  }

  public ProcesoElectoral proceso() {
    return registros.proceso();
  }

  /** Los oficios del proceso como conversaciones, la más reciente primero. */
  public List<Hilo> hilos() {
    return Hilo.de(registros.oficios());
  }

  /** Los acuerdos, el más reciente primero; los que no tienen fecha, al final. */
  public List<Acuerdo> acuerdos() {
    return registros.acuerdos().stream()
        .sorted(
            Comparator.comparing(
                Acuerdo::getFechaOMes, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  /**
   * Los anexos de un oficio, cada uno enlazado al oficio o al acuerdo del proceso que nombra, si
   * está registrado; si no, como texto.
   */
  public List<Anexo> anexos(Oficio oficio) {
    return oficio.getAnexos().stream().map(this::anexo).toList();
  }

  private Anexo anexo(String texto) {
    Optional<NumeroOficio> comoOficio = Anexo.numeroOficio(texto);
    if (comoOficio.isPresent()
        && registros.oficios().stream().anyMatch(o -> o.getNumero().equals(comoOficio.get()))) {
      return new Anexo(texto, comoOficio, Optional.empty());
    }
    Optional<NumeroAcuerdo> comoAcuerdo = Anexo.numeroAcuerdo(texto);
    if (comoAcuerdo.isPresent()
        && registros.acuerdos().stream().anyMatch(a -> a.getClave().equals(comoAcuerdo.get()))) {
      return new Anexo(texto, Optional.empty(), comoAcuerdo);
    }
    return new Anexo(texto, Optional.empty(), Optional.empty());
  }

  /** Las sesiones, la más reciente primero. */
  public List<Sesion> sesiones() {
    return registros.sesiones().stream()
        .sorted(Comparator.comparing(Sesion::getFecha).reversed())
        .toList();
  }

  /** Los integrantes del COTAPREP: primero el secretario técnico, luego por nombre. */
  public List<IntegranteCotaprep> integrantes() {
    return registros.integrantes().stream()
        .sorted(
            Comparator.comparing((IntegranteCotaprep i) -> !i.esSecretarioTecnico())
                .thenComparing(IntegranteCotaprep::getNombre))
        .toList();
  }

  /** La fila registrada de un entregable esperado (el envío y la respuesta), si la hay. */
  public Optional<Entregable> registrado(EntregableEsperado esperado) {
    return registros.entregables().stream()
        .filter(r -> r.esDe(esperado.codigo(), esperado.periodo()))
        .findFirst();
  }
}
