package mx.seguimientoprep.domain.registro;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** Las hojas de la hoja de seguimiento que se importan, en el orden en que se aplican. */
public enum Hoja implements Etiquetado {
  PROCESOS("Procesos"),
  ACUERDOS("Acuerdos"),
  OFICIOS("Oficios"),
  SESIONES("Sesiones"),
  ENTREGABLES("Entregables"),
  COTAPREP("COTAPREP");

  private final String etiqueta;

  Hoja(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<Hoja> desdeTexto(String texto) {
    return Etiquetado.buscar(Hoja.class, texto);
  }
}
