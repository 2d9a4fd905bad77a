package mx.seguimientoprep.domain;

import java.util.Optional;

/** Un dato que el dominio rechaza; el mensaje está escrito para la persona que lo capturó. */
public class DatoInvalido extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String campo;
  private final String valor;

  public DatoInvalido(String mensaje) {
    this(null, null, mensaje);
  }

  public DatoInvalido(String campo, String valor, String mensaje) {
    super(mensaje);
    this.campo = campo;
    this.valor = valor;
  }

  /** La columna o el campo, como lo lee una persona (`Número`, `Fecha`), si se conoce. */
  public Optional<String> campo() {
    return Optional.ofNullable(campo);
  }

  /** El valor rechazado, tal como llegó, si se conoce. */
  public Optional<String> valor() {
    return Optional.ofNullable(valor);
  }
}
