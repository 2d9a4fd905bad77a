package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * El Comité Técnico Asesor del PREP de un proceso a una fecha.
 *
 * @param acuerdo el acuerdo de su integración
 * @param numeroIntegrantes cuántas personas tienen el cargo de integrante (sin el Secretario
 *     Técnico)
 * @param sesionesCelebradas sesiones formales (instalación, ordinarias, extraordinarias, cierre)
 * @param reunionesCelebradas reuniones internas y de trabajo con partidos
 */
public record EstadoCotaprep(
    Optional<NumeroAcuerdo> acuerdo,
    Optional<LocalDate> fechaAcuerdo,
    List<MiembroCotaprep> integrantes,
    int numeroIntegrantes,
    Optional<String> secretarioTecnico,
    Optional<LocalDate> instalacion,
    int sesionesCelebradas,
    int reunionesCelebradas) {

  /** El entregable del catálogo que es el acuerdo de integración del COTAPREP. */
  static final String ENTREGABLE_INTEGRACION = "E04";

  public EstadoCotaprep {
    integrantes = List.copyOf(integrantes);
  }

  /**
   * @param acuerdos los acuerdos ya conocidos a la fecha de referencia
   * @param sesiones las sesiones ya conocidas a la fecha de referencia
   */
  static EstadoCotaprep de(
      List<Acuerdo> acuerdos,
      List<Sesion> sesiones,
      List<IntegranteCotaprep> integrantes,
      LocalDate referencia) {
    Optional<Acuerdo> deIntegracion =
        acuerdos.stream()
            .filter(a -> ENTREGABLE_INTEGRACION.equals(a.getEntregable()))
            .max(
                Comparator.comparing(
                    Acuerdo::getFecha, Comparator.nullsFirst(Comparator.naturalOrder())));
    Optional<NumeroAcuerdo> clave =
        deIntegracion.map(Acuerdo::getClave).or(() -> masCitadoPor(integrantes));
    Optional<LocalDate> fecha =
        clave.flatMap(
            c ->
                acuerdos.stream()
                    .filter(a -> a.getClave().equals(c))
                    .map(Acuerdo::getFecha)
                    .filter(Objects::nonNull)
                    .findFirst());
    List<Sesion> delComite =
        sesiones.stream()
            .filter(s -> s.getOrgano() == Organo.COTAPREP && s.celebradaAl(referencia))
            .toList();
    return new EstadoCotaprep(
        clave,
        fecha,
        integrantes.stream()
            .map(i -> new MiembroCotaprep(i.getNombre(), i.getInstitucion(), i.getCargo()))
            .toList(),
        (int) integrantes.stream().filter(i -> i.getCargo() == Cargo.INTEGRANTE).count(),
        integrantes.stream()
            .filter(IntegranteCotaprep::esSecretarioTecnico)
            .map(IntegranteCotaprep::getNombre)
            .findFirst(),
        delComite.stream()
            .filter(s -> s.getTipo() == TipoSesion.INSTALACION)
            .map(Sesion::getFecha)
            .min(Comparator.naturalOrder()),
        (int) delComite.stream().filter(s -> s.getTipo().esSesionFormal()).count(),
        (int) delComite.stream().filter(s -> s.getTipo().esReunion()).count());
  }

  private static Optional<NumeroAcuerdo> masCitadoPor(List<IntegranteCotaprep> integrantes) {
    Map<NumeroAcuerdo, Long> citas =
        integrantes.stream()
            .map(IntegranteCotaprep::getAcuerdo)
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return citas.entrySet().stream()
        .max(
            Map.Entry.<NumeroAcuerdo, Long>comparingByValue()
                .thenComparing(e -> e.getKey().valor()))
        .map(Map.Entry::getKey);
  }

  public boolean integrado() {
    return acuerdo.isPresent() || !integrantes.isEmpty();
  }
}
