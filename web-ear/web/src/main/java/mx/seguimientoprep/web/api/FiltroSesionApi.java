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
 * La regla de inicio de sesión de la API. El contenedor no protege {@code /api/*} (para que una
 * llamada nunca se redirija al formulario de inicio de sesión), pero sí autentica las credenciales
 * Basic y la sesión de las páginas; una llamada que no trae ninguna recibe aquí un 401 en JSON en
 * español, salvo que su recurso sea {@link PermitAll} (el webhook de Telegram, que revisa su propio
 * secreto).
 *
 * <p>El reto {@code WWW-Authenticate: Basic} va a los scripts; las llamadas de las propias páginas
 * (marcadas con {@code X-Requested-With: XMLHttpRequest}) reciben el 401 sin él, para que el
 * navegador no muestre su propio diálogo de contraseña cuando la sesión venció: la página lleva a
 * la persona al formulario.
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

  /** Si el método, o su clase cuando el método no tiene regla propia, es {@link PermitAll}. */
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
