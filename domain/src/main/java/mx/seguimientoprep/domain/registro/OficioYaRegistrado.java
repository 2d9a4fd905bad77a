package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.oficio.Oficio;

/** Se quiso registrar un oficio cuyo número ya existe; lleva el oficio existente para mostrarlo. */
public class OficioYaRegistrado extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Oficio existente;

  public OficioYaRegistrado(Oficio existente) {
    super(
        "El oficio "
            + existente.getNumero()
            + " ya está registrado: "
            + existente.getEntidad().getNombre()
            + ", "
            + Ficha.fecha(existente.getFecha())
            + ", «"
            + existente.getAsunto()
            + "».");
    this.existente = existente;
  }

  public Oficio existente() {
    return existente;
  }
}
