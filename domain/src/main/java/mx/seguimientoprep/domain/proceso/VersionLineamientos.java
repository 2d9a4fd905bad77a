package mx.seguimientoprep.domain.proceso;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/**
 * La versión de los Lineamientos del PREP (Anexo 13 del Reglamento de Elecciones) con la que se
 * mide un proceso: la reforma INE/CG825/2022 (29/11/2022) añadió el punto 1 del numeral 33 (E01) y
 * recorrió los demás un número.
 */
public enum VersionLineamientos implements Etiquetado {
  V2022("2022", "INE/CG825/2022", "posterior", "vigente"),
  ANTERIOR("anterior", "anterior a INE/CG825/2022", "antes de 2022");

  /** Desde este año de la jornada, la versión de un proceso que no la dice es la de 2022. */
  static final int PRIMER_ANO_DE_LA_REFORMA = 2023;

  private final String etiqueta;
  private final List<String> otrasFormas;

  VersionLineamientos(String etiqueta, String... otrasFormas) {
    this.etiqueta = etiqueta;
    this.otrasFormas = List.of(otrasFormas);
  }

  /** La versión de un proceso que no la dice: por su jornada (sin jornada, la vigente). */
  public static VersionLineamientos porJornada(LocalDate jornada) {
    return jornada == null || jornada.getYear() >= PRIMER_ANO_DE_LA_REFORMA ? V2022 : ANTERIOR;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  @Override
  public List<String> otrasFormas() {
    return otrasFormas;
  }

  public static Optional<VersionLineamientos> desdeTexto(String texto) {
    return Etiquetado.buscar(VersionLineamientos.class, texto);
  }
}
