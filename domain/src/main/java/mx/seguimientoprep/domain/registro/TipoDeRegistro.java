package mx.seguimientoprep.domain.registro;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/**
 * Los tipos de registro que se importan, en el orden en que se aplican; la etiqueta de cada uno es
 * el nombre de la hoja del libro que lo trae (la hoja misma, con sus columnas, es {@code
 * mx.seguimientoprep.hoja.Hoja}, del adaptador del libro).
 */
public enum TipoDeRegistro implements Etiquetado {
  PROCESOS("Procesos"),
  ACUERDOS("Acuerdos"),
  OFICIOS("Oficios"),
  SESIONES("Sesiones"),
  ENTREGABLES("Entregables"),
  COTAPREP("COTAPREP");

  private final String etiqueta;

  TipoDeRegistro(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<TipoDeRegistro> desdeTexto(String texto) {
    return Etiquetado.buscar(TipoDeRegistro.class, texto);
  }
}
