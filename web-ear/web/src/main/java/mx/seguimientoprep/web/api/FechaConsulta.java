package mx.seguimientoprep.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import mx.seguimientoprep.web.Configuracion;

/**
 * La fecha para la que se contesta una consulta: {@code ?fecha=aaaa-mm-dd} si se da; si no, la
 * fecha de referencia configurada ({@code PREP_FECHA_REFERENCIA}); si tampoco, hoy.
 */
@ApplicationScoped
public class FechaConsulta {

  @Inject Configuracion configuracion;

  public LocalDate de(String parametro) {
    if (parametro == null || parametro.isBlank()) {
      return configuracion.fechaReferencia();
    }
    try {
      return LocalDate.parse(parametro.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          Response.status(Response.Status.BAD_REQUEST)
              .entity(
                  new RespuestaError(
                      "«" + parametro + "» no es una fecha válida; use aaaa-mm-dd (2021-10-31)."))
              .build());
    }
  }
}
