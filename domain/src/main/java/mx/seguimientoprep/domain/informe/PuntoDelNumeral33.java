package mx.seguimientoprep.domain.informe;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * El punto del numeral 33 de los Lineamientos del PREP que corresponde a un entregable, según la
 * versión de los Lineamientos del proceso. El catálogo ({@code E01}..{@code E32}) sigue la
 * numeración posterior a la reforma INE/CG825/2022 (29/11/2022), en la que el código es el punto;
 * antes de ella los puntos iban un número abajo y no existía el E01 (los informes de 2020 citan el
 * punto 2 para el informe mensual, el 3 para la integración del COTAPREP). Un proceso cuya jornada
 * es anterior a la reforma se rige por la numeración anterior (docs/catalogo-entregables.tsv).
 */
public final class PuntoDelNumeral33 {

  /** El día en que el Consejo General del INE aprobó la reforma INE/CG825/2022. */
  public static final LocalDate REFORMA = LocalDate.of(2022, 11, 29);

  private static final Pattern CODIGO = Pattern.compile("E(\\d{2})");

  private PuntoDelNumeral33() {}

  /** El punto del entregable en la versión del proceso; vacío si en ella no existía. */
  public static OptionalInt de(String codigo, ProcesoElectoral proceso) {
    Matcher m = CODIGO.matcher(codigo == null ? "" : codigo);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int punto = Integer.parseInt(m.group(1));
    if (anteriorALaReforma(proceso)) {
      punto--;
    }
    return punto < 1 ? OptionalInt.empty() : OptionalInt.of(punto);
  }

  private static boolean anteriorALaReforma(ProcesoElectoral proceso) {
    return proceso.getJornada() != null && proceso.getJornada().isBefore(REFORMA);
  }
}
