package mx.seguimientoprep.domain;

import java.util.regex.Pattern;

/**
 * Las reglas de un campo de texto libre: se recortan los espacios de los extremos, un texto en
 * blanco es un valor ausente y ninguno excede el tamaño de su columna.
 */
public final class TextoLibre {

  private TextoLibre() {}

  public static String obligatorio(String campo, String texto, int maximo) {
    String valor = opcional(campo, texto, maximo);
    if (valor == null) {
      throw new DatoInvalido(campo, texto, "El campo «" + campo + "» es obligatorio.");
    }
    return valor;
  }

  public static String opcional(String campo, String texto, int maximo) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    String valor = texto.strip();
    if (valor.length() > maximo) {
      throw new DatoInvalido(
          campo,
          texto,
          "El campo «"
              + campo
              + "» admite a lo más "
              + maximo
              + " caracteres; tiene "
              + valor.length()
              + ".");
    }
    return valor;
  }

  /** Una línea: sin saltos y con los espacios interiores colapsados (nombres, cargos, claves). */
  public static String linea(String campo, String texto, int maximo) {
    return texto == null ? null : opcional(campo, colapsado(texto), maximo);
  }

  public static String lineaObligatoria(String campo, String texto, int maximo) {
    return obligatorio(campo, texto == null ? null : colapsado(texto), maximo);
  }

  private static final Pattern ESPACIOS = Pattern.compile("\\s+");

  /** Cada tramo de espacios en blanco ({@code \\s}) como un solo espacio. */
  private static String colapsado(String texto) {
    boolean anteriorEspacio = false;
    for (int i = 0; i < texto.length(); i++) {
      char c = texto.charAt(i);
      boolean espacio = c == ' ';
      if ((espacio && anteriorEspacio)
          || c == '\t'
          || c == '\n'
          || c == '\u000B'
          || c == '\f'
          || c == '\r') {
        return ESPACIOS.matcher(texto).replaceAll(" ");
      }
      anteriorEspacio = espacio;
    }
    return texto;
  }
}
