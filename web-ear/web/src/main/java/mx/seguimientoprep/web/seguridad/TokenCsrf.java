package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * El secreto de cada sesión que prueba que un cambio viene de una de nuestras páginas: la página lo
 * lleva en una etiqueta meta, sus scripts lo devuelven en el encabezado {@code X-CSRF-Token} (un
 * formulario simple, en el campo {@code _csrf}) y {@link FiltroCsrf} los compara.
 */
public final class TokenCsrf {

  public static final String ENCABEZADO = "X-CSRF-Token";
  public static final String CAMPO = "_csrf";

  private static final String ATRIBUTO = TokenCsrf.class.getName();
  private static final SecureRandom AZAR = new SecureRandom();

  private TokenCsrf() {}

  /** El token de la sesión, creado la primera vez que se usa. */
  public static String de(HttpSession sesion) {
    synchronized (sesion) {
      String token = (String) sesion.getAttribute(ATRIBUTO);
      if (token == null) {
        byte[] bytes = new byte[32];
        AZAR.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sesion.setAttribute(ATRIBUTO, token);
      }
      return token;
    }
  }

  /** Si {@code recibido} es el token de la sesión (en tiempo constante). */
  static boolean valido(HttpSession sesion, String recibido) {
    String esperado = (String) sesion.getAttribute(ATRIBUTO);
    return esperado != null
        && recibido != null
        && MessageDigest.isEqual(
            esperado.getBytes(StandardCharsets.US_ASCII),
            recibido.getBytes(StandardCharsets.US_ASCII));
  }
}
