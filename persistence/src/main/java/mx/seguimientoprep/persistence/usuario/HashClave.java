package mx.seguimientoprep.persistence.usuario;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * El hash de una contraseña en la forma que verifica el realm JDBC del servidor con su {@code
 * scram-mapper}: la contraseña salada de SCRAM-SHA-256, que es PBKDF2-HMAC-SHA-256 con un bloque de
 * 256 bits.
 */
public record HashClave(String hash, String sal, int iteraciones) {

  /**
   * El costo de cada hash nuevo, elegido contra el de HTTP Basic, que paga una verificación en cada
   * llamada (unos 20 ms en la máquina de 2 núcleos del proyecto; la medición está en el README,
   * Security). Cada hash guarda sus iteraciones: una contraseña anterior sigue valiendo con las
   * suyas hasta que se cambia.
   */
  static final int ITERACIONES = 100_000;

  private static final SecureRandom AZAR = new SecureRandom();

  static HashClave de(char[] clave) {
    byte[] sal = new byte[16];
    AZAR.nextBytes(sal);
    return de(clave, sal, ITERACIONES);
  }

  static HashClave de(char[] clave, byte[] sal, int iteraciones) {
    // SCRAM normaliza la contraseña (SASLprep, basado en NFKC) antes del hash; aquí también.
    char[] normalizada =
        Normalizer.normalize(new String(clave), Normalizer.Form.NFKC).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(normalizada, sal, iteraciones, 256);
    try {
      byte[] digest =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return new HashClave(b64.encodeToString(digest), b64.encodeToString(sal), iteraciones);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 no está disponible en esta JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
