package mx.seguimientoprep.domain.sesion;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/**
 * La clase de una sesión. Las sesiones formales de un órgano (instalación, ordinaria,
 * extraordinaria, cierre) se distinguen de sus reuniones de trabajo; una programada aún no se
 * celebra.
 */
public enum TipoSesion implements Etiquetado {
  INSTALACION("Instalación", "Sesión de instalación"),
  ORDINARIA("Ordinaria", "Sesión ordinaria"),
  EXTRAORDINARIA("Extraordinaria", "Sesión extraordinaria"),
  REUNION_INTERNA("Reunión interna"),
  REUNION_TRABAJO_PARTIDOS(
      "Reunión de trabajo con partidos",
      "Reunión de trabajo",
      "Reunión formal de trabajo con partidos"),
  CIERRE("Cierre", "Sesión de cierre"),
  PROGRAMADA("Programada");

  private final String etiqueta;
  private final List<String> otrasFormas;

  TipoSesion(String etiqueta, String... otrasFormas) {
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

  public boolean esSesionFormal() {
    return this == INSTALACION || this == ORDINARIA || this == EXTRAORDINARIA || this == CIERRE;
  }

  public boolean esReunion() {
    return this == REUNION_INTERNA || this == REUNION_TRABAJO_PARTIDOS;
  }

  public static Optional<TipoSesion> desdeTexto(String texto) {
    return Etiquetado.buscar(TipoSesion.class, texto);
  }
}
