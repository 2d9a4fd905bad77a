package mx.seguimientoprep.domain.sesion;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** El órgano que sesiona. */
public enum Organo implements Etiquetado {
  COTAPREP("COTAPREP", "Comité Técnico Asesor del PREP"),
  COMISION_PREP("Comisión del PREP", "Comisión PREP", "Comisión Temporal del PREP"),
  CONSEJO_GENERAL("Consejo General", "CG"),
  GRUPO_TRABAJO_COTSPEL("Grupo de Trabajo COTSPEL", "Grupo de Trabajo de la COTSPEL", "COTSPEL"),
  OTRO("Otro");

  private final String etiqueta;
  private final List<String> otrasFormas;

  Organo(String etiqueta, String... otrasFormas) {
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

  public static Optional<Organo> desdeTexto(String texto) {
    return Etiquetado.buscar(Organo.class, texto);
  }
}
