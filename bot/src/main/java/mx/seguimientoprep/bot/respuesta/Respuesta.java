package mx.seguimientoprep.bot.respuesta;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Un mensaje que el bot envía: texto plano (sin formato de Telegram) y, si los hay, botones en
 * línea, por filas.
 */
public record Respuesta(String texto, List<List<Boton>> botones) {

  /** El máximo de caracteres de un mensaje de Telegram. */
  public static final int LIMITE = 4096;

  public Respuesta {
    Objects.requireNonNull(texto, "texto");
    if (texto.isBlank()) {
      throw new IllegalArgumentException("Telegram no envía mensajes vacíos.");
    }
    botones = botones == null ? List.of() : botones.stream().map(List::copyOf).toList();
  }

  public static Respuesta de(String texto) {
    return new Respuesta(texto, List.of());
  }

  public static Respuesta de(String texto, List<List<Boton>> botones) {
    return new Respuesta(texto, botones);
  }

  /** Los botones repartidos en filas de a lo más {@code porFila}. */
  public static List<List<Boton>> enFilas(List<Boton> botones, int porFila) {
    List<List<Boton>> filas = new ArrayList<>();
    for (int i = 0; i < botones.size(); i += porFila) {
      filas.add(botones.subList(i, Math.min(i + porFila, botones.size())));
    }
    return filas;
  }

  /** El mismo mensaje con otro texto antes, separado por una línea en blanco. */
  public Respuesta precedidaDe(String aviso) {
    return new Respuesta(aviso + "\n\n" + texto, botones);
  }

  /**
   * El mensaje en partes de a lo más {@link #LIMITE} caracteres, cortadas entre líneas; solo una
   * línea más larga que el límite se corta, entre palabras si se puede. Los botones van en la
   * última parte.
   */
  public List<Respuesta> partes() {
    List<String> textos = Particion.partir(texto, LIMITE);
    List<Respuesta> partes = new ArrayList<>();
    for (int i = 0; i < textos.size(); i++) {
      partes.add(new Respuesta(textos.get(i), i == textos.size() - 1 ? botones : List.of()));
    }
    return partes;
  }
}
