package mx.seguimientoprep.domain.acceso;

/**
 * El código que un administrador entrega a una persona para que lo envíe al bot con {@code /start}.
 * Solo se guarda su SHA-256 ({@link CodigoSecreto}): quien lea la base no puede canjear una
 * invitación pendiente.
 */
public final class CodigoInvitacion {

  /** 12 símbolos de 31: unos 59 bits de azar. */
  private static final int LONGITUD = 12;

  private CodigoInvitacion() {}

  public static String nuevo() {
    return CodigoSecreto.nuevo(LONGITUD);
  }

  /**
   * El SHA-256 (hexadecimal) del código como se escribió, sin espacios y sin importar mayúsculas.
   */
  public static String hash(String codigo) {
    return CodigoSecreto.hash(codigo);
  }
}
