package mx.seguimientoprep.domain.registro;

import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.oficio.Oficio;

/** Registra un oficio nuevo capturado en el bot o la web; nunca modifica uno existente. */
public interface RegistrarOficio {

  /**
   * @throws OficioYaRegistrado si su número ya existe
   * @throws RegistroInvalido si algún campo es inválido, con todos los campos rechazados
   */
  Oficio registrar(ComandoOficio comando, Autoria autoria);
}
