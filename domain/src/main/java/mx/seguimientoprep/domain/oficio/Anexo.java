package mx.seguimientoprep.domain.oficio;

import java.util.Optional;
import mx.seguimientoprep.domain.ClaveDocumento;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;

/**
 * Lo que llevó un oficio, como se escribió en la columna {@code Anexos}: si nombra un oficio o un
 * acuerdo registrado del proceso, el enlace a él; si no, solo el texto.
 *
 * @param oficio el oficio registrado que nombra, si lo hay
 * @param acuerdo el acuerdo registrado que nombra, si lo hay (y no es un oficio)
 */
public record Anexo(String texto, Optional<NumeroOficio> oficio, Optional<NumeroAcuerdo> acuerdo) {

  /** El número de oficio que el texto podría ser (un renglón sin espacios interiores). */
  public static Optional<NumeroOficio> numeroOficio(String texto) {
    return clave(texto).map(NumeroOficio::new);
  }

  /** La clave de acuerdo que el texto podría ser. */
  public static Optional<NumeroAcuerdo> numeroAcuerdo(String texto) {
    return clave(texto).map(NumeroAcuerdo::new);
  }

  private static Optional<String> clave(String texto) {
    if (texto == null || texto.length() > ClaveDocumento.LONGITUD_MAXIMA) {
      return Optional.empty();
    }
    try {
      String normal = ClaveDocumento.normalizar("Anexos", texto);
      return normal.contains(" ") ? Optional.empty() : Optional.of(normal);
    } catch (DatoInvalido e) {
      return Optional.empty();
    }
  }
}
