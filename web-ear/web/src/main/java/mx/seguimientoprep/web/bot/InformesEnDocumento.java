package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import mx.seguimientoprep.bot.InformesDelMes;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.web.informe.InformeDelMes;

/**
 * El informe del mes que pide el bot, escrito como documento de Word por el mismo camino que la
 * API.
 */
@ApplicationScoped
public class InformesEnDocumento implements InformesDelMes {

  @Inject InformeDelMes informeDelMes;

  @Override
  public Optional<Respuesta.Documento> informe(
      Entidad entidad, YearMonth mes, LocalDate presentacion, String autor) {
    return informeDelMes
        .generar(entidad, Optional.empty(), mes, presentacion, autor)
        .map(d -> new Respuesta.Documento(d.nombre(), d.contenido()));
  }
}
