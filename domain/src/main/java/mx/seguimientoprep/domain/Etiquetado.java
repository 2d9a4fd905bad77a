package mx.seguimientoprep.domain;

import java.util.List;
import java.util.Optional;

/** Un valor fijo que una persona escribe y lee por su etiqueta en español. */
public interface Etiquetado {

  /** El texto exacto de la hoja de seguimiento (`Enviado al INE`, `Secretario Técnico`). */
  String etiqueta();

  /** Otras formas que una persona escribe para este mismo valor (`enviado`). */
  default List<String> otrasFormas() {
    return List.of();
  }

  /**
   * El valor cuya etiqueta, nombre de constante u otra forma es igual al texto, ignorando acentos,
   * mayúsculas y puntuación.
   */
  static <E extends Enum<E> & Etiquetado> Optional<E> buscar(Class<E> tipo, String texto) {
    String buscado = TextoComparable.de(texto);
    if (buscado.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(tipo.cast(FormasDeEtiqueta.DE_CADA_TIPO.get(tipo).get(buscado)));
  }
}
