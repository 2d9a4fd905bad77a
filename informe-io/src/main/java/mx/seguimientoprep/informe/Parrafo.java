package mx.seguimientoprep.informe;

import java.util.List;
import java.util.Objects;

/**
 * Un renglón del informe tal como lo dejó el extractor: un párrafo de texto, un elemento de una
 * lista (con viñeta o numerado) o una fila de una tabla, con sus celdas.
 */
public record Parrafo(Tipo tipo, String texto, List<String> celdas) {

  /** De qué clase es el renglón. */
  public enum Tipo {
    TEXTO,
    LISTA,
    TABLA
  }

  public Parrafo {
    Objects.requireNonNull(tipo, "tipo");
    Objects.requireNonNull(texto, "texto");
    celdas = List.copyOf(celdas);
  }

  public static Parrafo texto(String texto) {
    return new Parrafo(Tipo.TEXTO, texto, List.of());
  }

  public static Parrafo lista(String texto) {
    return new Parrafo(Tipo.LISTA, texto, List.of());
  }

  public static Parrafo fila(List<String> celdas) {
    return new Parrafo(Tipo.TABLA, String.join("\t", celdas), celdas);
  }

  public boolean esLista() {
    return tipo == Tipo.LISTA;
  }

  public boolean esFila() {
    return tipo == Tipo.TABLA;
  }
}
