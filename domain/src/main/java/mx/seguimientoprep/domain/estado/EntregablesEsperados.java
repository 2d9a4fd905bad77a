package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.proceso.PeriodoDeSeguimiento;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;

/**
 * El calendario de entregables de un proceso a una fecha; las reglas están en {@link EstadoPrep}.
 */
final class EntregablesEsperados {

  private static final int MESES_DE_INFORMES_ANTES_DE_LA_JORNADA = 9;

  static final Comparator<EntregableEsperado> POR_VENCIMIENTO =
      Comparator.comparing(
              EntregableEsperado::fechaLimite, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EntregableEsperado::codigo)
          .thenComparing(
              EntregableEsperado::periodo, Comparator.nullsFirst(Comparator.naturalOrder()));

  private EntregablesEsperados() {}

  static List<EntregableEsperado> de(
      ProcesoElectoral proceso,
      List<DefinicionEntregable> catalogo,
      List<Entregable> registrados,
      LocalDate referencia) {
    LocalDate jornada = proceso.getJornada();
    List<Entregable> sinAsignar = new ArrayList<>(registrados);
    List<EntregableEsperado> esperados = new ArrayList<>();
    // Los entregables de los Lineamientos son obligaciones de cada OPL; el INE los recibe. Para su
    // propio seguimiento solo cuentan los que tenga registrados.
    // Un proceso espera solo los entregables que existen en su versión de los Lineamientos.
    VersionLineamientos version = proceso.versionDeLineamientos();
    List<DefinicionEntregable> exigibles =
        proceso.getEntidad().esIne()
            ? List.of()
            : catalogo.stream().filter(d -> d.existeEn(version)).toList();
    PeriodoDeSeguimiento seguimiento = proceso.getSeguimiento();
    for (DefinicionEntregable definicion : exigibles) {
      List<YearMonth> periodos =
          definicion.mensual()
              ? periodosMensuales(jornada, proceso.getJornadaOriginal(), referencia)
              : periodoUnico();
      for (YearMonth periodo : periodos) {
        Optional<Entregable> registrado =
            sinAsignar.stream().filter(e -> e.esDe(definicion.getCodigo(), periodo)).findFirst();
        registrado.ifPresent(sinAsignar::remove);
        esperados.add(
            esperado(
                definicion.getCodigo(),
                definicion,
                periodo,
                registrado,
                proceso,
                seguimiento,
                referencia));
      }
    }
    Map<String, DefinicionEntregable> porCodigo =
        catalogo.stream()
            .collect(Collectors.toMap(DefinicionEntregable::getCodigo, Function.identity()));
    for (Entregable registrado : sinAsignar) {
      // Un informe mensual de un mes posterior al de la referencia todavía no existe a esa fecha:
      // el estado a una fecha no cuenta el futuro.
      if (registrado.getPeriodo() != null
          && registrado.getPeriodo().isAfter(YearMonth.from(referencia))) {
        continue;
      }
      esperados.add(
          esperado(
              registrado.getCodigo(),
              porCodigo.get(registrado.getCodigo()),
              registrado.getPeriodo(),
              Optional.of(registrado),
              proceso,
              seguimiento,
              referencia));
    }
    esperados.sort(POR_VENCIMIENTO);
    return esperados;
  }

  /**
   * Un informe por mes desde el mes de (jornada − 9 meses) hasta el mes de la referencia, sin pasar
   * del mes anterior a la jornada.
   */
  static List<YearMonth> periodosMensuales(LocalDate jornada, LocalDate referencia) {
    return periodosMensuales(jornada, null, referencia);
  }

  /**
   * Como {@link #periodosMensuales(LocalDate, LocalDate)}; si la jornada cambió, los informes
   * empiezan 9 meses antes de la más temprana de las dos.
   */
  static List<YearMonth> periodosMensuales(
      LocalDate jornada, LocalDate jornadaOriginal, LocalDate referencia) {
    if (jornada == null) {
      return List.of();
    }
    LocalDate primera =
        jornadaOriginal != null && jornadaOriginal.isBefore(jornada) ? jornadaOriginal : jornada;
    YearMonth desde = YearMonth.from(primera.minusMonths(MESES_DE_INFORMES_ANTES_DE_LA_JORNADA));
    YearMonth ultimoAntesDeLaJornada = YearMonth.from(jornada).minusMonths(1);
    YearMonth mesDeReferencia = YearMonth.from(referencia);
    YearMonth hasta =
        mesDeReferencia.isBefore(ultimoAntesDeLaJornada) ? mesDeReferencia : ultimoAntesDeLaJornada;
    List<YearMonth> periodos = new ArrayList<>();
    for (YearMonth mes = desde; !mes.isAfter(hasta); mes = mes.plusMonths(1)) {
      periodos.add(mes);
    }
    return periodos;
  }

  private static List<YearMonth> periodoUnico() {
    List<YearMonth> sinPeriodo = new ArrayList<>();
    sinPeriodo.add(null);
    return sinPeriodo;
  }

  private static EntregableEsperado esperado(
      String codigo,
      DefinicionEntregable definicion,
      YearMonth periodo,
      Optional<Entregable> registrado,
      ProcesoElectoral proceso,
      PeriodoDeSeguimiento seguimiento,
      LocalDate referencia) {
    EstadoEntregable estado =
        registrado.map(e -> e.estadoAl(referencia)).orElse(EstadoEntregable.PENDIENTE);
    LocalDate fechaLimite =
        registrado
            .map(Entregable::getFechaLimite)
            .or(() -> vencimientoDelCatalogo(definicion, proceso, periodo))
            .orElse(null);
    // Sin fila, ya vencido y con un plazo fuera del periodo en que los registros están completos:
    // no se sabe si se remitió. Uno que aún no vence sigue pendiente: no se afirma nada de él.
    boolean sinRegistro =
        registrado.isEmpty()
            && fechaLimite != null
            && fechaLimite.isBefore(referencia)
            && !seguimiento.abierto()
            && !seguimiento.cubre(fechaLimite);
    boolean vencido =
        estado == EstadoEntregable.PENDIENTE
            && !sinRegistro
            && fechaLimite != null
            && fechaLimite.isBefore(referencia);
    String nombre = definicion == null ? "" : definicion.getNombre();
    return new EntregableEsperado(
        codigo, nombre, periodo, fechaLimite, estado, vencido, sinRegistro);
  }

  private static Optional<LocalDate> vencimientoDelCatalogo(
      DefinicionEntregable definicion, ProcesoElectoral proceso, YearMonth periodo) {
    if (definicion == null || (definicion.mensual() && periodo == null)) {
      return Optional.empty();
    }
    return definicion.vencimientoEn(proceso, periodo);
  }
}
