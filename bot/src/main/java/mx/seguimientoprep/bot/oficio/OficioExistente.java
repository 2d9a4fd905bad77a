package mx.seguimientoprep.bot.oficio;

import java.time.LocalDate;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;

/** Lo que se muestra de un oficio ya registrado cuando se intenta registrar su número otra vez. */
public record OficioExistente(NumeroOficio numero, String entidad, LocalDate fecha, String asunto) {

  public static OficioExistente de(Oficio oficio) {
    return new OficioExistente(
        oficio.getNumero(), oficio.getEntidad().getNombre(), oficio.getFecha(), oficio.getAsunto());
  }

  /** El mismo texto que el error del caso de uso ({@code OficioYaRegistrado}). */
  String yaRegistrado() {
    return "El oficio "
        + numero.valor()
        + " ya está registrado: "
        + entidad
        + ", "
        + Ficha.fecha(fecha)
        + ", «"
        + asunto
        + "».";
  }
}
