package mx.seguimientoprep.domain.informe;

import java.time.YearMonth;
import java.util.Optional;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.fecha.Meses;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.Ubicacion;

/**
 * El oficio que remite al INE el informe mensual: un oficio enviado al INE, con fecha, que lleva el
 * entregable {@value #CODIGO}. Remite el informe del mes que nombra su asunto («Remite el informe
 * del mes de octubre»: el último octubre anterior al mes del oficio) o, si no nombra ninguno, el
 * del mes anterior al oficio (el informe vence el día 5 del mes siguiente). Registrarlo da ese E03
 * por enviado, como lo haría su fila en la hoja {@code Entregables}.
 */
public final class EnvioDelInforme {

  /** El informe mensual en el catálogo. */
  public static final String CODIGO = "E03";

  private EnvioDelInforme() {}

  /** El mes cuyo informe remite el oficio; vacío si el oficio no remite un informe mensual. */
  public static Optional<YearMonth> mesQueRemite(Oficio oficio) {
    if (oficio.getSentido() != Sentido.ENVIADO_AL_INE
        || oficio.getFecha() == null
        || !oficio.getEntregables().contains(CODIGO)) {
      return Optional.empty();
    }
    YearMonth delOficio = YearMonth.from(oficio.getFecha());
    Optional<Meses.Encontrado> nombrado =
        Meses.buscar(Meses.simplificar(oficio.getAsunto() == null ? "" : oficio.getAsunto()));
    if (nombrado.isEmpty()) {
      return Optional.of(delOficio.minusMonths(1));
    }
    YearMonth mes = YearMonth.of(delOficio.getYear(), nombrado.get().mes());
    return Optional.of(mes.isBefore(delOficio) ? mes : mes.minusYears(1));
  }

  /** La fila del E03 de ese mes como enviada con el oficio, para aplicarla como las de la hoja. */
  public static ComandoEntregable enviado(Oficio oficio, YearMonth mes, Ubicacion origen) {
    return new ComandoEntregable(
        oficio.getEntidad().getClave(),
        oficio.getProceso().getNombre(),
        CODIGO,
        mes,
        null,
        EstadoEntregable.ENVIADO,
        oficio.getFecha(),
        oficio.getNumero(),
        null,
        null,
        origen);
  }
}
