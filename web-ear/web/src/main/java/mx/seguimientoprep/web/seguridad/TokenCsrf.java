package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session secret that proves a change comes from one of our pages: the page carries it in a
 * meta tag, its scripts send it back in the {@code X-CSRF-Token} header (a plain form, in the field
 * {@code _csrf}), and {@link FiltroCsrf} compares.
 */
public final class TokenCsrf {

  public static final String ENCABEZADO = "X-CSRF-Token";
  public static final String CAMPO = "_csrf";

  private static final String ATRIBUTO = TokenCsrf.class.getName();
  private static final SecureRandom AZAR = new SecureRandom();

  private TokenCsrf() {}

  /** The session's token, created on first use. */
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

  /** Whether {@code recibido} is the session's token (in constant time). */
  static boolean valido(HttpSession sesion, String recibido) {
    String esperado = (String) sesion.getAttribute(ATRIBUTO);
    return esperado != null
        && recibido != null
        && MessageDigest.isEqual(
            esperado.getBytes(StandardCharsets.US_ASCII),
            recibido.getBytes(StandardCharsets.US_ASCII));
  }
}
