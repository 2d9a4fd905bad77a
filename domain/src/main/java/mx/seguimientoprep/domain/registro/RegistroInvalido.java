package mx.seguimientoprep.domain.registro;

import java.util.List;
import java.util.stream.Collectors;

/** Un registro capturado a mano que no se guardó porque tiene campos inválidos. */
public class RegistroInvalido extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ErrorDeCampo> errores;

  public RegistroInvalido(List<ErrorDeCampo> errores) {
    super(errores.stream().map(ErrorDeCampo::mensaje).collect(Collectors.joining(" ")));
    this.errores = List.copyOf(errores);
  }

  public List<ErrorDeCampo> errores() {
    return errores;
  }
}
