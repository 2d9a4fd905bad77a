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
 * @param ultimaSesion la sesión formal más reciente celebrada a la fecha
 */
public record EstadoCotaprep(
    Optional<NumeroAcuerdo> acuerdo,
    Optional<LocalDate> fechaAcuerdo,
    List<MiembroCotaprep> integrantes,
    int numeroIntegrantes,
    Optional<String> secretarioTecnico,
    Optional<LocalDate> instalacion,
    int sesionesCelebradas,
    int reunionesCelebradas,
    Optional<SesionCelebrada> ultimaSesion) {

  /** El entregable del catálogo que es el acuerdo de integración del COTAPREP. */
  static final String ENTREGABLE_INTEGRACION = "E04";

  public EstadoCotaprep {
    integrantes = List.copyOf(integrantes);
  }

  /**
   * Los integrantes no tienen fecha propia: cada uno se cuenta desde el acuerdo que lo nombró (si
   * está registrado y ya se conoce a la fecha) o, si no cita uno registrado, desde la instalación
   * del comité; sin ninguno de los dos, no se cuenta. Un comité instalado está integrado aunque no
   * se registren su acuerdo ni sus integrantes (el informe de Coahuila 2020 no los nombra).
   *
   * @param acuerdos los acuerdos ya conocidos a la fecha de referencia
   * @param todosLosAcuerdos todos los acuerdos del proceso, para saber si el de un integrante está
   *     registrado
   * @param sesiones las sesiones ya conocidas a la fecha de referencia
   */
  static EstadoCotaprep de(
      List<Acuerdo> acuerdos,
      List<Acuerdo> todosLosAcuerdos,
      List<Sesion> sesiones,
      List<IntegranteCotaprep> todosLosIntegrantes,
      LocalDate referencia) {
    List<Sesion> delComite =
        sesiones.stream()
            .filter(s -> s.getOrgano() == Organo.COTAPREP && s.celebradaAl(referencia))
            .toList();
    Optional<LocalDate> instalacion =
        delComite.stream()
            .filter(s -> s.getTipo() == TipoSesion.INSTALACION)
            .map(Sesion::getFecha)
            .min(Comparator.naturalOrder());
    List<IntegranteCotaprep> integrantes =
        todosLosIntegrantes.stream()
            .filter(i -> yaNombrado(i, acuerdos, todosLosAcuerdos, instalacion.isPresent()))
            .toList();
    Optional<Acuerdo> deIntegracion =
        acuerdos.stream()
            .filter(a -> ENTREGABLE_INTEGRACION.equals(a.getEntregable()))
            .max(
                Comparator.comparing(
                    Acuerdo::getFechaOMes, Comparator.nullsFirst(Comparator.naturalOrder())));
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
        instalacion,
        (int) delComite.stream().filter(s -> s.getTipo().esSesionFormal()).count(),
        (int) delComite.stream().filter(s -> s.getTipo().esReunion()).count(),
        delComite.stream()
            .filter(s -> s.getTipo().esSesionFormal())
            .max(Comparator.comparing(Sesion::getFecha))
            .map(s -> new SesionCelebrada(s.getTipo(), s.getNumero(), s.getFecha())));
  }

  private static boolean yaNombrado(
      IntegranteCotaprep integrante,
      List<Acuerdo> conocidos,
      List<Acuerdo> todos,
      boolean instalado) {
    NumeroAcuerdo acuerdo = integrante.getAcuerdo();
    if (acuerdo != null && todos.stream().anyMatch(a -> a.getClave().equals(acuerdo))) {
      return conocidos.stream().anyMatch(a -> a.getClave().equals(acuerdo));
    }
    return instalado;
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

  /** Con acuerdo de integración, integrantes o instalación a la fecha. */
  public boolean integrado() {
    return acuerdo.isPresent() || !integrantes.isEmpty() || instalacion.isPresent();
  }
}
