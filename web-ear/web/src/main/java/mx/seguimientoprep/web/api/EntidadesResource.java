package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.ResumenEntidad;

/** The entidades with a process, and the status of one entidad's current process. */
@Path("/entidades")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed({"admin", "staff", "consejero"})
public class EntidadesResource {

  @Inject ConsultarEstado consultarEstado;
  @Inject ReconocerEntidad reconocerEntidad;
  @Inject FechaConsulta fechaConsulta;

  /** One entidad of the list: its current process and traffic light. */
  public record EntidadConProcesoJson(
      String clave,
      String nombre,
      String siglas,
      String procesoActual,
      LocalDate jornada,
      String semaforo) {

    static EntidadConProcesoJson de(ResumenEntidad r) {
      return new EntidadConProcesoJson(
          r.clave().valor(),
          r.nombre(),
          r.siglas(),
          r.proceso(),
          r.jornada(),
          r.semaforo().etiqueta());
    }
  }

  @GET
  public List<EntidadConProcesoJson> entidades(@QueryParam("fecha") String fecha) {
    return consultarEstado.entidadesConProceso(fechaConsulta.de(fecha)).stream()
        .map(EntidadConProcesoJson::de)
        .toList();
  }

  @GET
  @Path("/{ref}/estado")
  public EstadoJson estado(@PathParam("ref") String ref, @QueryParam("fecha") String fecha) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    LocalDate referencia = fechaConsulta.de(fecha);
    return consultarEstado
        .estadoActual(entidad.getClave(), referencia)
        .map(EstadoJson::de)
        .orElseThrow(
            () ->
                new NotFoundException(
                    Response.status(Response.Status.NOT_FOUND)
                        .entity(
                            new RespuestaError(
                                entidad.getNombre()
                                    + " no tiene ningún proceso electoral registrado."))
                        .build()));
  }
}
