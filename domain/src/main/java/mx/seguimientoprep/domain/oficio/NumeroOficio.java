package mx.seguimientoprep.domain.oficio;

import mx.seguimientoprep.domain.ClaveDocumento;

/**
 * El número de un oficio, normalizado: `INE / UNICOM / 4547 / 2021` es `INE/UNICOM/4547/2021`.
 * Identifica al oficio en todo el sistema.
 */
public record NumeroOficio(String valor) {

  public NumeroOficio {
    valor = ClaveDocumento.normalizar("Número", valor);
  }

  @Override
  public String toString() {
    return valor;
  }
}
