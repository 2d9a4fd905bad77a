package mx.seguimientoprep.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * La normalización común de los números de oficio y de acuerdo: sin espacios en los extremos ni
 * alrededor de `/`, los espacios interiores colapsados y las letras en mayúsculas, de modo que `INE
 * / UNICOM / 4547 / 2021` y `INE/UNICOM/4547/2021` son el mismo número.
 */
public final class ClaveDocumento {

  public static final int LONGITUD_MAXIMA = 80;

  private static final Pattern ESPACIOS_EN_DIAGONAL = Pattern.compile("\\s*/\\s*");
  private static final Pattern ESPACIOS = Pattern.compile("\\s+");

  private ClaveDocumento() {}

  public static String normalizar(String campo, String texto) {
    if (texto == null || texto.isBlank()) {
      throw new DatoInvalido(campo, texto, "El campo «" + campo + "» no puede quedar en blanco.");
    }
    String sinEspaciosEnDiagonal = ESPACIOS_EN_DIAGONAL.matcher(texto.strip()).replaceAll("/");
    String normalizado =
        ESPACIOS.matcher(sinEspaciosEnDiagonal).replaceAll(" ").toUpperCase(Locale.ROOT);
    if (normalizado.length() > LONGITUD_MAXIMA) {
      throw new DatoInvalido(
          campo,
          texto,
          "El campo «"
              + campo
              + "» admite a lo más "
              + LONGITUD_MAXIMA
              + " caracteres; «"
              + normalizado
              + "» tiene "
              + normalizado.length()
              + ".");
    }
    return normalizado;
  }
}
