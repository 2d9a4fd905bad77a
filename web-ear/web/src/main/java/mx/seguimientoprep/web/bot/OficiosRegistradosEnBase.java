package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import mx.seguimientoprep.bot.oficio.OficioExistente;
import mx.seguimientoprep.bot.oficio.OficiosRegistrados;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.OficioRepository;

/** Los oficios ya registrados, del repositorio de oficios, para que el bot rechace un número. */
@ApplicationScoped
public class OficiosRegistradosEnBase implements OficiosRegistrados {

  @Inject OficioRepository oficios;

  @Override
  public Optional<OficioExistente> buscar(NumeroOficio numero) {
    return oficios.findByNumero(numero).map(OficioExistente::de);
  }
}
