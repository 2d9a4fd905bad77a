package mx.seguimientoprep.domain.acceso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Un secreto que se entrega una vez a una persona y del que solo se guarda su SHA-256: el código de
 * una invitación al bot ({@link CodigoInvitacion}) y el de la dirección de un calendario personal.
 * Quien lea la base no puede usar ninguno.
 */
public final class CodigoSecreto {

  /** Sin letras ni dígitos que se confundan al copiarlos (0/O, 1/I/L). */
  private static final String ALFABETO = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final SecureRandom AZAR = new SecureRandom();

  private CodigoSecreto() {}

  /** Un código nuevo de esa longitud, al azar: cada símbolo da casi 5 bits. */
  public static String nuevo(int longitud) {
    StringBuilder codigo = new StringBuilder(longitud);
    for (int i = 0; i < longitud; i++) {
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
