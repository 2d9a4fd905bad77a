package mx.seguimientoprep.bot.respuesta;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Un mensaje que el bot envía: texto plano (sin formato de Telegram) y, si los hay, botones en
 * línea, por filas; o un documento (sendDocument) con el texto como leyenda.
 *
 * @param documento el archivo que se envía, o {@code null} en un mensaje de texto
 */
public record Respuesta(String texto, List<List<Boton>> botones, Documento documento) {

  /** Un archivo adjunto: su nombre y sus bytes. */
  public record Documento(String nombre, byte[] contenido) {
    public Documento {
      Objects.requireNonNull(nombre, "nombre");
      contenido = contenido.clone();
    }

    @Override
    public byte[] contenido() {
      return contenido.clone();
    }

    @Override
    public boolean equals(Object otro) {
      return otro instanceof Documento d
          && d.nombre.equals(nombre)
          && java.util.Arrays.equals(d.contenido, contenido);
    }

    @Override
    public int hashCode() {
      return nombre.hashCode() * 31 + java.util.Arrays.hashCode(contenido);
    }

    @Override
    public String toString() {
      return nombre + " (" + contenido.length + " bytes)";
    }
  }

  /** El máximo de caracteres de la leyenda de un documento en Telegram. */
  public static final int LIMITE_DE_LEYENDA = 1024;

  /** El máximo de caracteres de un mensaje de Telegram. */
  public static final int LIMITE = 4096;

  public Respuesta {
    Objects.requireNonNull(texto, "texto");
    if (texto.isBlank()) {
      throw new IllegalArgumentException("Telegram no envía mensajes vacíos.");
    }
    botones = botones == null ? List.of() : botones.stream().map(List::copyOf).toList();
    if (documento != null && texto.length() > LIMITE_DE_LEYENDA) {
      throw new IllegalArgumentException(
          "La leyenda de un documento tiene a lo más 1024 caracteres.");
    }
  }

  public Respuesta(String texto, List<List<Boton>> botones) {
    this(texto, botones, null);
  }

  /** Un documento con una leyenda de una línea. */
  public static Respuesta documento(String leyenda, Documento documento) {
    return new Respuesta(leyenda, List.of(), Objects.requireNonNull(documento, "documento"));
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
    return new Respuesta(aviso + "\n\n" + texto, botones, documento);
  }

  /**
   * El mensaje en partes de a lo más {@link #LIMITE} caracteres, cortadas entre líneas; solo una
   * línea más larga que el límite se corta, entre palabras si se puede. Los botones van en la
   * última parte.
   */
  public List<Respuesta> partes() {
    if (documento != null) {
      return List.of(this);
    }
    List<String> textos = Particion.partir(texto, LIMITE);
    List<Respuesta> partes = new ArrayList<>();
    for (int i = 0; i < textos.size(); i++) {
      partes.add(new Respuesta(textos.get(i), i == textos.size() - 1 ? botones : List.of()));
    }
    return partes;
  }
}
