package mx.seguimientoprep.domain.acceso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * El código que un administrador entrega a una persona para que lo envíe al bot con {@code /start}.
 * Solo se guarda su SHA-256: quien lea la base no puede canjear una invitación pendiente.
 */
public final class CodigoInvitacion {

  /** Sin letras ni dígitos que se confundan al copiarlos (0/O, 1/I/L). */
  private static final String ALFABETO = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  /** 12 símbolos de 31: unos 59 bits de azar. */
  private static final int LONGITUD = 12;

  private static final SecureRandom AZAR = new SecureRandom();

  private CodigoInvitacion() {}

  public static String nuevo() {
    StringBuilder codigo = new StringBuilder(LONGITUD);
    for (int i = 0; i < LONGITUD; i++) {
      codigo.append(ALFABETO.charAt(AZAR.nextInt(ALFABETO.length())));
    }
    return codigo.toString();
  }

  /**
   * El SHA-256 (hexadecimal) del código como se escribió, sin espacios y sin importar mayúsculas.
   */
  public static String hash(String codigo) {
    String normalizado = codigo == null ? "" : codigo.strip().toUpperCase(Locale.ROOT);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalizado.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 no está disponible en esta JVM", e);
    }
  }
}
