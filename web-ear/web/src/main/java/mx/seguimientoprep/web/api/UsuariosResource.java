package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.seguimientoprep.domain.usuario.Cuenta;
import mx.seguimientoprep.domain.usuario.GestionarUsuarios;
import mx.seguimientoprep.domain.usuario.Rol;
import mx.seguimientoprep.web.seguridad.SesionesPorCuenta;

/**
 * Las cuentas de la aplicación web y de la API: el administrador las crea y restablece contraseñas.
 * También las lista, las desactiva o activa y termina sus sesiones; desactivar una cuenta o cambiar
 * su contraseña termina sus otras sesiones ({@link SesionesPorCuenta}).
 */
@Path("/usuarios")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
public class UsuariosResource {

  private static final int UNPROCESSABLE = 422;

  @Inject GestionarUsuarios usuarios;

  @Context HttpServletRequest peticion;

  /** {@code {"nombre": "ana.lopez", "clave": "…", "roles": ["staff"]}}. */
  public record NuevaCuenta(String nombre, String clave, List<String> roles) {}

  /** {@code {"clave": "…"}}. */
  public record NuevaClave(String clave) {}

  /** {@code {"activo": false}}. */
  public record Activacion(Boolean activo) {}

  /** Una cuenta en la lista del administrador: {@code {"nombre", "roles": ["staff"], "activo"}}. */
  public record CuentaJson(String nombre, List<String> roles, boolean activo) {

    static CuentaJson de(Cuenta cuenta) {
      return new CuentaJson(
          cuenta.nombre(),
          cuenta.roles().stream().sorted().map(Rol::nombre).toList(),
          cuenta.activa());
    }
  }

  @GET
  public List<CuentaJson> listar() {
    return usuarios.cuentas().stream().map(CuentaJson::de).toList();
  }

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

  /** Una contraseña nueva termina las otras sesiones de la cuenta (la de quien la cambia sigue). */
  @PUT
  @Path("/{nombre}/clave")
  public Response restablecer(@PathParam("nombre") String nombre, NuevaClave nueva) {
    try {
      usuarios.restablecerClave(nombre, clave(nueva == null ? null : nueva.clave()));
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    }
    terminarSesiones(nombre);
    return Response.noContent().build();
  }

  /**
   * {@code {"activo": false}} desactiva la cuenta y termina sus sesiones; {@code {"activo": true}}
   * la activa de nuevo. Nadie desactiva su propia cuenta (así siempre queda un administrador).
   */
  @PUT
  @Path("/{nombre}/activo")
  public Response activar(@PathParam("nombre") String nombre, Activacion activacion) {
    if (activacion == null || activacion.activo() == null) {
      return error("Indique {\"activo\": true} o {\"activo\": false}.");
    }
    String cuenta = normalizar(nombre);
    boolean activa = activacion.activo();
    if (!activa && cuenta.equals(quienPide())) {
      return error("No puede desactivar su propia cuenta: pídaselo a otro administrador.");
    }
    try {
      usuarios.activar(cuenta, activa);
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    }
    if (!activa) {
      SesionesPorCuenta.de(peticion.getServletContext()).terminar(cuenta, null);
    }
    return Response.ok(
            new RespuestaError(
                activa
                    ? "Se activó la cuenta «" + cuenta + "»: ya puede iniciar sesión."
                    : "Se desactivó la cuenta «"
                        + cuenta
                        + "» y se cerraron sus sesiones: ya no puede iniciar sesión."))
        .build();
  }

  /** Termina las sesiones abiertas de la cuenta (la de quien lo pide, si es suya, sigue). */
  @DELETE
  @Path("/{nombre}/sesiones")
  public Response terminar(@PathParam("nombre") String nombre) {
    String cuenta = normalizar(nombre);
    if (usuarios.cuenta(cuenta).isEmpty()) {
      return error("No existe el usuario «" + nombre + "».");
    }
    terminarSesiones(cuenta);
    return Response.ok(new RespuestaError("Se cerraron las sesiones de «" + cuenta + "».")).build();
  }

  private void terminarSesiones(String nombre) {
    String cuenta = normalizar(nombre);
    HttpSession propia = cuenta.equals(quienPide()) ? peticion.getSession(false) : null;
    SesionesPorCuenta.de(peticion.getServletContext()).terminar(cuenta, propia);
  }

  private String quienPide() {
    Principal quien = peticion.getUserPrincipal();
    return quien == null ? "" : normalizar(quien.getName());
  }

  private static String normalizar(String nombre) {
    return nombre == null ? "" : nombre.strip().toLowerCase(Locale.ROOT);
  }

  private static char[] clave(String texto) {
    return texto == null ? new char[0] : texto.toCharArray();
  }

  private static Response error(String mensaje) {
    return Response.status(UNPROCESSABLE).entity(new RespuestaError(mensaje)).build();
  }
}
