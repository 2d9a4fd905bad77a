package mx.seguimientoprep.domain.acuerdo;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/**
 * El órgano que emitió un acuerdo: uno del OPL o, para los acuerdos nacionales (entidad {@code
 * INE}), el Consejo General del INE.
 */
public enum OrganoAcuerdo implements Etiquetado {
  CONSEJO_GENERAL("Consejo General", "CG"),
  COMISION_PREP("Comisión del PREP", "Comisión PREP", "Comisión Temporal del PREP"),
  COTAPREP("COTAPREP", "Comité Técnico Asesor del PREP"),
  CONSEJO_GENERAL_INE(
      "Consejo General del INE",
      "CG del INE",
      "Consejo General del Instituto Nacional Electoral",
      "CG INE"),
  OTRO("Otro");

  private final String etiqueta;
  private final List<String> otrasFormas;

  OrganoAcuerdo(String etiqueta, String... otrasFormas) {
    this.etiqueta = etiqueta;
    this.otrasFormas = List.of(otrasFormas);
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  @Override
  public List<String> otrasFormas() {
    return otrasFormas;
  }

  public static Optional<OrganoAcuerdo> desdeTexto(String texto) {
    return Etiquetado.buscar(OrganoAcuerdo.class, texto);
  }
}
