package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.PeriodoDeSeguimiento;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Cómo iba el PREP de un proceso en una fecha de referencia. Lo calcula {@link #calcular} con estas
 * reglas, que son decisiones del producto:
 *
 * <ul>
 *   <li>Es el estado tal como estaba en la fecha de referencia: los oficios, acuerdos y sesiones
 *       fechados después se ignoran, y un entregable enviado después cuenta como pendiente. Lo que
 *       no tiene fecha propia se ubica por aquello de lo que depende, o se deja fuera: un acuerdo
 *       con solo el mes cuenta desde el último día de ese mes; un acuerdo sin fecha no cuenta; un
 *       integrante del COTAPREP cuenta desde el acuerdo que lo nombró o, si no cita uno registrado,
 *       desde la instalación del comité; un oficio sin día no es el último oficio ni la última
 *       actividad.
 *   <li>Entregables esperados: cada entrada del catálogo que no es mensual, y una instancia de cada
 *       entrada mensual por periodo, desde el mes de (jornada − 9 meses) hasta el mes de la
 *       referencia, sin pasar del mes anterior a la jornada (sin jornada, ninguna). El estado de
 *       cada uno es el de su fila registrada (mismo código y periodo) o pendiente; su fecha límite,
 *       la de la fila o, si no la tiene, la que da la regla del catálogo. Una fila registrada que
 *       no corresponde a ninguna instancia esperada (un periodo fuera de esa ventana) también
 *       cuenta. El proceso del INE (clave {@code 00}) no espera ninguno: los entregables son
 *       obligaciones de los OPL; solo cuentan los que tenga registrados.
 *   <li>Solo se esperan los entregables que existen en la versión de los Lineamientos del proceso
 *       (la de su columna {@code Lineamientos} o, en blanco, la de 2022 si la jornada es de 2023 o
 *       después; antes, la anterior a INE/CG825/2022, que no tenía E01). Si la jornada cambió, un
 *       entregable cuyo plazo con la jornada original vencía antes del día del cambio conserva ese
 *       plazo; los demás siguen a la jornada actual.
 *   <li>Sin registro: un esperado sin fila registrada cuya fecha límite ya pasó y cae fuera del
 *       periodo de seguimiento del proceso ({@code Seguimiento desde} / {@code hasta}); se cuenta
 *       aparte, nunca es vencido ni pendiente, y el semáforo lo ignora.
 *   <li>Vencido: pendiente con fecha límite anterior a la referencia. Los vencidos se listan por
 *       fecha límite; el próximo es el pendiente de fecha límite más temprana a partir de la
 *       referencia.
 *   <li>COTAPREP: el acuerdo de integración es el acuerdo con entregable E04 (el más reciente si
 *       hay varios) o, si no hay, el que citan más integrantes; integrado si tiene acuerdo,
 *       integrantes o instalación; la instalación es su sesión de instalación; se cuentan aparte
 *       las sesiones formales (instalación, ordinarias, extraordinarias, cierre) y las reuniones
 *       (internas y de trabajo con partidos), celebradas hasta la referencia; nunca las
 *       programadas.
 *   <li>Último oficio: el de fecha más reciente; a igual fecha, el registrado después o el de
 *       número mayor.
 *   <li>Última actividad: la fecha más reciente, hasta la referencia, de un oficio, un acuerdo, una
 *       sesión celebrada o un envío de entregable.
 *   <li>Días para la jornada: de la referencia a la jornada; negativos después de ella.
 *   <li>Semáforo: vencidos si hay alguno; si no, con observaciones si algún entregable esperado las
 *       tiene; si no, al día.
 * </ul>
 *
 * Los datos copiados del proceso ({@code jornada}, {@code instanciaInterna}, {@code
 * titularInstancia}) pueden ser {@code null}; lo que el cálculo puede no encontrar es {@link
 * Optional}.
 *
 * @param entregables todos los esperados, por fecha límite
 * @param seguimiento el periodo en que los registros del proceso están completos
 * @param jornadaOriginal la jornada prevista antes de un cambio, o {@code null}
 * @param cambioDeJornada el día en que se decidió el cambio de jornada, o {@code null}
 * @param lineamientos la versión de los Lineamientos con que se mide el proceso
 */
public record EstadoPrep(
    ClaveEntidad claveEntidad,
    String nombreEntidad,
    String siglas,
    String proceso,
    LocalDate jornada,
    Optional<Long> diasParaJornada,
    String instanciaInterna,
    String titularInstancia,
    LocalDate fechaReferencia,
    Semaforo semaforo,
    ConteoEntregables conteo,
    List<EntregableEsperado> entregables,
    List<EntregableEsperado> vencidos,
    Optional<EntregableEsperado> proximo,
    EstadoCotaprep cotaprep,
    Optional<UltimoOficio> ultimoOficio,
    Optional<LocalDate> ultimaActividad,
    PeriodoDeSeguimiento seguimiento,
    LocalDate jornadaOriginal,
    LocalDate cambioDeJornada,
    VersionLineamientos lineamientos) {

  public EstadoPrep {
    entregables = List.copyOf(entregables);
    vencidos = List.copyOf(vencidos);
  }

  /**
   * Lo que el estado dice de lo que no sabe, por el periodo de seguimiento del proceso: {@code sin
   * registro antes del 01/10/2021}; vacío si los registros están completos hasta la referencia.
   */
  public Optional<String> sinRegistro() {
    return seguimiento.sinRegistro(fechaReferencia);
  }

  /**
   * Los pendientes con fecha límite de {@code desde} a {@code hasta}, las dos incluidas, por fecha
   * límite: lo que vence en una ventana.
   */
  public List<EntregableEsperado> pendientesEntre(LocalDate desde, LocalDate hasta) {
    return entregables.stream()
        .filter(e -> e.pendiente() && e.fechaLimite() != null)
        .filter(e -> !e.fechaLimite().isBefore(desde) && !e.fechaLimite().isAfter(hasta))
        .toList();
  }

  /** El estado calculado de todo lo registrado del proceso. */
  public static EstadoPrep calcular(
      Expediente expediente, List<DefinicionEntregable> catalogo, LocalDate referencia) {
    Objects.requireNonNull(referencia, "referencia");
    return calcular(DatosDelEstado.de(expediente, referencia), catalogo, referencia);
  }

  /** El estado calculado de lo que necesita saber de los registros del proceso. */
  public static EstadoPrep calcular(
      DatosDelEstado datos, List<DefinicionEntregable> catalogo, LocalDate referencia) {
    Objects.requireNonNull(referencia, "referencia");
    ProcesoElectoral proceso = datos.proceso();
    Entidad entidad = proceso.getEntidad();

    Optional<Oficio> ultimoOficio =
        datos.ultimoOficio().filter(o -> o.getFecha() != null && !o.getFecha().isAfter(referencia));
    List<Acuerdo> acuerdos =
        datos.acuerdos().stream()
            .filter(a -> a.getFechaOMes() != null && a.getFechaOMes().conocidaAl(referencia))
            .toList();
    List<Sesion> sesiones =
        datos.sesiones().stream().filter(s -> !s.getFecha().isAfter(referencia)).toList();

    List<EntregableEsperado> esperados =
        EntregablesEsperados.de(proceso, catalogo, datos.entregables(), referencia);
    List<EntregableEsperado> vencidos =
        esperados.stream().filter(EntregableEsperado::vencido).toList();
    Optional<EntregableEsperado> proximo =
        esperados.stream()
            .filter(e -> e.pendiente() && e.fechaLimite() != null)
            .filter(e -> !e.fechaLimite().isBefore(referencia))
            .min(EntregablesEsperados.POR_VENCIMIENTO);

    LocalDate jornada = proceso.getJornada();
    return new EstadoPrep(
        entidad.getClave(),
        entidad.getNombre(),
        entidad.getSiglas(),
        proceso.getNombre(),
        jornada,
        Optional.ofNullable(jornada).map(j -> ChronoUnit.DAYS.between(referencia, j)),
        proceso.getInstanciaInterna(),
        proceso.getTitularInstancia(),
        referencia,
        semaforo(esperados),
        ConteoEntregables.de(esperados),
        esperados,
        vencidos,
        proximo,
        EstadoCotaprep.de(acuerdos, datos.acuerdos(), sesiones, datos.integrantes(), referencia),
        UltimoOficio.de(ultimoOficio),
        ultimaActividad(datos, ultimoOficio, acuerdos, sesiones, referencia),
        proceso.getSeguimiento(),
        proceso.getJornadaOriginal(),
        proceso.getCambioDeJornada(),
        proceso.versionDeLineamientos());
  }

  /**
   * El proceso que se muestra de una entidad en una fecha: el de jornada más próxima en esa fecha o
   * después; si no hay, el más reciente por jornada, contando como más reciente uno cuya jornada
   * aún no se registra.
   */
  public static Optional<ProcesoElectoral> procesoActual(
      List<ProcesoElectoral> procesos, LocalDate fecha) {
    Comparator<ProcesoElectoral> porJornada =
        Comparator.comparing(
                ProcesoElectoral::getJornada, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProcesoElectoral::getNombre);
    Optional<ProcesoElectoral> proximo =
        procesos.stream()
            .filter(p -> p.getJornada() != null && !p.getJornada().isBefore(fecha))
            .min(porJornada);
    return proximo.or(() -> procesos.stream().max(porJornada));
  }

  private static Semaforo semaforo(List<EntregableEsperado> esperados) {
    if (esperados.stream().anyMatch(EntregableEsperado::vencido)) {
      return Semaforo.VENCIDOS;
    }
    if (esperados.stream().anyMatch(e -> e.estado() == EstadoEntregable.CON_OBSERVACIONES)) {
      return Semaforo.CON_OBSERVACIONES;
    }
    return Semaforo.AL_DIA;
  }

  private static Optional<LocalDate> ultimaActividad(
      DatosDelEstado datos,
      Optional<Oficio> ultimoOficio,
      List<Acuerdo> acuerdos,
      List<Sesion> sesiones,
      LocalDate referencia) {
    return Stream.of(
            ultimoOficio.stream().map(Oficio::getFecha),
            acuerdos.stream().map(Acuerdo::getFecha),
            sesiones.stream().filter(s -> s.celebradaAl(referencia)).map(Sesion::getFecha),
            datos.entregables().stream().map(Entregable::getFechaEnvio))
        .flatMap(fechas -> fechas)
        .filter(f -> f != null && !f.isAfter(referencia))
        .max(Comparator.naturalOrder());
  }
}
