package mx.seguimientoprep.web.calendario;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import mx.seguimientoprep.domain.calendario.CalendariosPersonales;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.web.Configuracion;

/**
 * {@code GET /prep/calendario/{token}.ics}: el calendario personal, sin iniciar sesión (la única
 * ruta de la aplicación que no la pide, fuera de la de iniciarla; ver web.xml), porque las
 * aplicaciones de calendario no saben hacerlo. El token es la credencial: un token desconocido, de
 * una dirección revocada o de una cuenta desactivada da 404 sin más detalle. Los plazos son los
 * mismos que los de {@code /prep/api/entidades/{ref}/calendario.ics} a la fecha de referencia.
 */
@WebServlet(name = "calendario-personal", urlPatterns = "/calendario/*")
public class CalendarioPorToken extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String EXTENSION = ".ics";

  /**
   * {@code transient}: un servlet es Serializable por herencia, pero el contenedor no lo guarda.
   */
  @Inject transient CalendariosPersonales calendarios;

  @Inject transient ConsultarEstado consultarEstado;
  @Inject transient Configuracion configuracion;

  @Override
  protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta)
      throws IOException {
    Optional<ExpedienteConEstado> expediente =
        token(peticion.getPathInfo())
            .flatMap(token -> calendarios.abrir(token, Instant.now()))
            .flatMap(
                destino ->
                    consultarEstado.expedienteConEstado(
                        destino.entidad(), destino.proceso(), configuracion.fechaReferencia()));
    respuesta.setHeader("Cache-Control", "private, no-cache");
    if (expediente.isEmpty()) {
      respuesta.setStatus(HttpServletResponse.SC_NOT_FOUND);
      respuesta.setContentType("text/plain;charset=UTF-8");
      respuesta.getWriter().write("No existe este calendario.\n");
      return;
    }
    respuesta.setContentType(CalendarioDeEntidad.TIPO);
    respuesta.setHeader(
        "Content-Disposition",
        "inline; filename=\""
            + CalendarioDeEntidad.nombreDeArchivo(expediente.get().proceso().getEntidad())
            + "\"");
    respuesta.getWriter().write(CalendarioDeEntidad.ics(expediente.get(), Instant.now()));
  }

  /** El token de {@code /TOKEN.ics}; nada si la ruta tiene otra forma. */
  static Optional<String> token(String ruta) {
    if (ruta == null || !ruta.startsWith("/") || !ruta.endsWith(EXTENSION)) {
      return Optional.empty();
    }
    return Optional.of(ruta.substring(1, ruta.length() - EXTENSION.length()))
        .filter(t -> t.indexOf('/') < 0 && !t.isEmpty());
  }
}
