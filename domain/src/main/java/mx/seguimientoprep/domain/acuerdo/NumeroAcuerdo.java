package mx.seguimientoprep.domain.acuerdo;

import mx.seguimientoprep.domain.ClaveDocumento;

/**
 * La clave de un acuerdo (`IEC/CG/145/2020`, `CG-A-43/23`, `IEPC/CG139/2021`), normalizada como la
 * de un oficio para compararla.
 */
public record NumeroAcuerdo(String valor) {

  public NumeroAcuerdo {
    valor = ClaveDocumento.normalizar("Acuerdo", valor);
  }

  @Override
  public String toString() {
    return valor;
  }
}
