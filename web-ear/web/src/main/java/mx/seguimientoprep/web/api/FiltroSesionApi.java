package mx.seguimientoprep.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import mx.seguimientoprep.web.error.MensajeDeEstado;

/**
 * The API's sign-in rule. The container does not guard {@code /api/*} (so that a call is never
 * redirected to the sign-in form), but it still authenticates Basic credentials and the pages'
 * session; a call that arrives with neither gets a 401 in Spanish JSON here, unless its resource is
 * {@link PermitAll} (the Telegram webhook, which checks its own secret).
 *
 * <p>The challenge {@code WWW-Authenticate: Basic} goes to scripts; the pages' own calls (marked
 * {@code X-Requested-With: XMLHttpRequest}) get the 401 without it, so that the browser shows no
 * password dialog of its own when a session has expired: the page sends the person to the form.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class FiltroSesionApi implements ContainerRequestFilter {

  static final String MENSAJE = MensajeDeEstado.INICIAR_SESION;

  @Context ResourceInfo recurso;

  @Override
  public void filter(ContainerRequestContext peticion) {
    if (peticion.getSecurityContext().getUserPrincipal() != null || abierto()) {
      return;
    }
    Response.ResponseBuilder respuesta =
        Response.status(Response.Status.UNAUTHORIZED)
            .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
            .entity(new RespuestaError(MENSAJE));
    if (!"XMLHttpRequest".equals(peticion.getHeaderString("X-Requested-With"))) {
      respuesta.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Seguimiento PREP\"");
    }
    peticion.abortWith(respuesta.build());
  }

  /** Whether the method, or its class without a rule of the method's own, is {@link PermitAll}. */
  private boolean abierto() {
    Method metodo = recurso.getResourceMethod();
    if (metodo == null) {
      return false;
    }
    if (metodo.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    return recurso.getResourceClass().isAnnotationPresent(PermitAll.class)
        && !metodo.isAnnotationPresent(RolesAllowed.class);
  }
}
