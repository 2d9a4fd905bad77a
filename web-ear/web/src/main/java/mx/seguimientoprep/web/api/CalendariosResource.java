package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.seguimientoprep.domain.calendario.CalendariosPersonales;
import mx.seguimientoprep.domain.calendario.CalendariosPersonales.Calendario;
import mx.seguimientoprep.domain.calendario.CalendariosPersonales.Creado;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * Los calendarios personales de la cuenta que llama: listarlos, crear uno para una entidad (su
 * dirección, con el token, se contesta solo esta vez) y revocarlos. Cada cuenta ve y revoca solo
 * los suyos; el administrador, los de todas.
 */
@Path("/calendarios")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"admin", "staff", "consejero"})
public class CalendariosResource {

  private static final int UNPROCESSABLE = 422;

  @Inject CalendariosPersonales calendarios;
  @Inject ReconocerEntidad reconocerEntidad;
  @Inject ConsultarEstado consultarEstado;
  @Inject FechaConsulta fechaConsulta;

  @Context SecurityContext seguridad;
  @Context UriInfo uri;

  /** {@code {"entidad": "durango", "proceso": "2021-2022"}}; sin proceso, el actual. */
  public record NuevoCalendario(String entidad, String proceso) {}

  /**
   * Un calendario de la lista: nunca su token.
   *
   * @param proceso {@code null} si sigue al proceso actual de la entidad
   */
  public record CalendarioJson(
      long id,
      String cuenta,
      String entidad,
      String nombreEntidad,
      String proceso,
      Instant creado,
      Instant usado) {

    static CalendarioJson de(Calendario c) {
      return new CalendarioJson(
          c.id(),
          c.cuenta(),
          c.entidad().valor(),
          c.nombreEntidad(),
          c.proceso(),
          c.creado(),
          c.usado());
    }
  }

  /** El calendario recién creado y su dirección, que no se vuelve a mostrar. */
  public record CreadoJson(CalendarioJson calendario, String url, String mensaje) {}

  @GET
  public List<CalendarioJson> listar() {
    List<Calendario> lista =
        seguridad.isUserInRole("admin") ? calendarios.todos() : calendarios.deCuenta(cuenta());
    return lista.stream().map(CalendarioJson::de).toList();
  }

  @POST
  public Response crear(NuevoCalendario nuevo) {
    if (nuevo == null || nuevo.entidad() == null || nuevo.entidad().isBlank()) {
      return error("Indique la entidad del calendario: {\"entidad\": \"durango\"}.");
    }
    Entidad entidad = reconocerEntidad.exigir(nuevo.entidad());
    List<ProcesoElectoral> procesos = consultarEstado.procesos(entidad.getClave());
    if (procesos.isEmpty()) {
      return error(entidad.getNombre() + " no tiene ningún proceso electoral registrado.");
    }
    String proceso = null;
    if (nuevo.proceso() != null && !nuevo.proceso().isBlank()) {
      Optional<String> nombre =
          consultarEstado
              .expedienteConEstado(
                  entidad.getClave(), Optional.of(nuevo.proceso()), fechaConsulta.de(null))
              .map(x -> x.proceso().getNombre());
      if (nombre.isEmpty()) {
        return Response.status(UNPROCESSABLE)
            .entity(
                new RespuestaError(
                    entidad.getNombre() + " no tiene el proceso «" + nuevo.proceso().strip() + "».",
                    procesos.stream().map(ProcesoElectoral::getNombre).toList()))
            .build();
      }
      proceso = nombre.get();
    }
    Creado creado = calendarios.crear(cuenta(), entidad.getClave(), proceso, Instant.now());
    URI direccion = uri.getBaseUri().resolve("../calendario/" + creado.token() + ".ics");
    return Response.status(Response.Status.CREATED)
        .header("Cache-Control", "no-store")
        .entity(
            new CreadoJson(
                CalendarioJson.de(creado.calendario()),
                direccion.toString(),
                "Copie esta dirección en su aplicación de calendario: no se vuelve a mostrar."))
        .build();
  }

  /** Revoca el calendario: su dirección deja de abrir. 404 si no existe o es de otra cuenta. */
  @DELETE
  @Path("/{id}")
  public Response revocar(@PathParam("id") long id) {
    Optional<String> deQuien =
        seguridad.isUserInRole("admin") ? Optional.empty() : Optional.of(cuenta());
    if (!calendarios.revocar(id, deQuien)) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(new RespuestaError("No existe ese calendario entre los suyos."))
          .build();
    }
    return Response.noContent().build();
  }

  private String cuenta() {
    return seguridad.getUserPrincipal().getName().strip().toLowerCase(Locale.ROOT);
  }

  private static Response error(String mensaje) {
    return Response.status(UNPROCESSABLE).entity(new RespuestaError(mensaje)).build();
  }
}
