package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.seguimientoprep.domain.usuario.GestionarUsuarios;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * Accounts of the web application and the API: the administrator creates them and resets passwords.
 */
@Path("/usuarios")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
public class UsuariosResource {

  private static final int UNPROCESSABLE = 422;

  @Inject GestionarUsuarios usuarios;

  /** {@code {"nombre": "ana.lopez", "clave": "…", "roles": ["staff"]}}. */
  public record NuevaCuenta(String nombre, String clave, List<String> roles) {}

  /** {@code {"clave": "…"}}. */
  public record NuevaClave(String clave) {}

  @POST
  public Response crear(NuevaCuenta cuenta) {
    if (cuenta == null || cuenta.roles() == null || cuenta.roles().isEmpty()) {
      return error("Indique el nombre, la contraseña y al menos un rol (admin, staff, consejero).");
    }
    Set<Rol> roles = EnumSet.noneOf(Rol.class);
    for (String nombre : cuenta.roles()) {
      Rol rol = Rol.desdeNombre(nombre).orElse(null);
      if (rol == null) {
        return error("«" + nombre + "» no es un rol: use admin, staff o consejero.");
      }
      roles.add(rol);
    }
    try {
      usuarios.crear(cuenta.nombre(), clave(cuenta.clave()), roles);
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    }
    return Response.status(Response.Status.CREATED)
        .entity(new RespuestaError("Se creó el usuario «" + cuenta.nombre().strip() + "»."))
        .build();
  }

  @PUT
  @Path("/{nombre}/clave")
  public Response restablecer(@PathParam("nombre") String nombre, NuevaClave nueva) {
    try {
      usuarios.restablecerClave(nombre, clave(nueva == null ? null : nueva.clave()));
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    }
    return Response.noContent().build();
  }

  private static char[] clave(String texto) {
    return texto == null ? new char[0] : texto.toCharArray();
  }

  private static Response error(String mensaje) {
    return Response.status(UNPROCESSABLE).entity(new RespuestaError(mensaje)).build();
  }
}
