package mx.seguimientoprep.bot.comando;

/** Dónde aparece un comando en /ayuda, en este orden. */
public enum Seccion {
  CONSULTAS("Comandos:"),
  TODAS("De todas las entidades:"),
  REGISTRO("Registrar oficios:"),
  AVISOS("Avisos:");

  private final String titulo;

  Seccion(String titulo) {
    this.titulo = titulo;
  }

  public String titulo() {
    return titulo;
  }
}
