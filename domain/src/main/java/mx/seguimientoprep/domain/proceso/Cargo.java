package mx.seguimientoprep.domain.proceso;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** El papel de una persona en el COTAPREP. */
public enum Cargo implements Etiquetado {
  INTEGRANTE("Integrante"),
  SECRETARIO_TECNICO("Secretario Técnico", "Secretaria Técnica", "Secretaría Técnica");

  private final String etiqueta;
  private final List<String> otrasFormas;

  Cargo(String etiqueta, String... otrasFormas) {
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

  public static Optional<Cargo> desdeTexto(String texto) {
    return Etiquetado.buscar(Cargo.class, texto);
  }
}
