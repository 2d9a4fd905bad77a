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
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

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
    List<DefinicionEntregable> exigibles = proceso.getEntidad().esIne() ? List.of() : catalogo;
    for (DefinicionEntregable definicion : exigibles) {
      List<YearMonth> periodos =
          definicion.mensual() ? periodosMensuales(jornada, referencia) : periodoUnico();
      for (YearMonth periodo : periodos) {
        Optional<Entregable> registrado =
            sinAsignar.stream().filter(e -> e.esDe(definicion.getCodigo(), periodo)).findFirst();
        registrado.ifPresent(sinAsignar::remove);
        esperados.add(
            esperado(definicion.getCodigo(), definicion, periodo, registrado, jornada, referencia));
      }
    }
    Map<String, DefinicionEntregable> porCodigo =
        catalogo.stream()
            .collect(Collectors.toMap(DefinicionEntregable::getCodigo, Function.identity()));
    for (Entregable registrado : sinAsignar) {
      esperados.add(
          esperado(
              registrado.getCodigo(),
              porCodigo.get(registrado.getCodigo()),
              registrado.getPeriodo(),
              Optional.of(registrado),
              jornada,
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
    if (jornada == null) {
      return List.of();
    }
    YearMonth desde = YearMonth.from(jornada.minusMonths(MESES_DE_INFORMES_ANTES_DE_LA_JORNADA));
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
      LocalDate jornada,
      LocalDate referencia) {
    EstadoEntregable estado =
        registrado.map(e -> e.estadoAl(referencia)).orElse(EstadoEntregable.PENDIENTE);
    LocalDate fechaLimite =
        registrado
            .map(Entregable::getFechaLimite)
            .or(() -> vencimientoDelCatalogo(definicion, jornada, periodo))
            .orElse(null);
    boolean vencido =
        estado == EstadoEntregable.PENDIENTE
            && fechaLimite != null
            && fechaLimite.isBefore(referencia);
    String nombre = definicion == null ? "" : definicion.getNombre();
    return new EntregableEsperado(codigo, nombre, periodo, fechaLimite, estado, vencido);
  }

  private static Optional<LocalDate> vencimientoDelCatalogo(
      DefinicionEntregable definicion, LocalDate jornada, YearMonth periodo) {
    if (definicion == null || (definicion.mensual() && periodo == null)) {
      return Optional.empty();
    }
    return definicion.getPlazo().vencimiento(jornada, periodo);
  }
}
