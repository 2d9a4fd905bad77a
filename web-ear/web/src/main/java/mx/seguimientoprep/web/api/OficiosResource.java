package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ErrorDeCampo;
import mx.seguimientoprep.domain.registro.LecturaDeOficio;
import mx.seguimientoprep.domain.registro.OficioEscrito;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.registro.RegistroInvalido;

/**
 * El registro de un oficio (staff y admin), con los campos de la hoja {@code Oficios} y el mismo
 * caso de uso que el bot: 201 si se registró, 409 si el número ya existe, 422 con el error de cada
 * campo. Los campos los lee el dominio ({@link LecturaDeOficio}), como lee las celdas de la hoja:
 * el mismo valor y el mismo mensaje.
 */
@Path("/oficios")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"admin", "staff"})
public class OficiosResource {

  private static final int UNPROCESSABLE = 422;

  @Inject RegistrarOficio registrarOficio;
  @Inject ReconocerEntidad reconocerEntidad;

  /** La respuesta: el oficio tal como quedó registrado, o los errores de los campos. */
  public record OficioJson(
      String entidad,
      String proceso,
      String numero,
      LocalDate fecha,
      String sentido,
      String asunto,
      List<String> entregables,
      String enRespuestaA,
      String resultado) {

    static OficioJson de(Oficio o) {
      return new OficioJson(
          o.getEntidad().getNombre(),
          o.getProceso().getNombre(),
          o.getNumero().toString(),
          o.getFecha(),
          o.getSentido().etiqueta(),
          o.getAsunto(),
          o.getEntregables(),
          o.getEnRespuestaA().isEmpty()
              ? null
              : String.join(", ", o.getEnRespuestaA().stream().map(n -> n.valor()).toList()),
          o.getResultado() == null ? null : o.getResultado().etiqueta());
    }
  }

  /** 422: lo que estaba mal en cada campo. */
  public record ErroresJson(String mensaje, List<CampoJson> errores) {}

  /**
   * Un campo rechazado: {@code campo} es su nombre como columna de la hoja ({@code En respuesta
   * a}), {@code propiedad} el campo JSON que lo trajo ({@code enRespuestaA}), y el mensaje es el
   * mismo que da la hoja para esa celda.
   */
  public record CampoJson(String campo, String propiedad, String valor, String mensaje) {

    static CampoJson de(ErrorDeCampo error) {
      return new CampoJson(error.campo(), propiedad(error.campo()), error.valor(), error.mensaje());
    }

    private static String propiedad(String campo) {
      return switch (campo) {
        case LecturaDeOficio.ENTIDAD -> "entidad";
        case LecturaDeOficio.PROCESO -> "proceso";
        case LecturaDeOficio.NUMERO -> "numero";
        case LecturaDeOficio.FECHA -> "fecha";
        case LecturaDeOficio.SENTIDO -> "sentido";
        case LecturaDeOficio.REMITENTE -> "remitente";
        case LecturaDeOficio.DESTINATARIO -> "destinatario";
        case LecturaDeOficio.ASUNTO -> "asunto";
        case LecturaDeOficio.ENTREGABLES -> "entregables";
        case LecturaDeOficio.EN_RESPUESTA_A -> "enRespuestaA";
        case LecturaDeOficio.ANEXOS -> "anexos";
        case LecturaDeOficio.RESULTADO -> "resultado";
        case LecturaDeOficio.NOTAS -> "notas";
        default -> null;
      };
    }
  }

  /** 409: el oficio que ya tiene ese número. */
  public record DuplicadoJson(String mensaje, OficioJson existente) {}

  /**
   * @param nuevo las columnas de la hoja como campos JSON; las fechas en cualquier forma que acepta
   *     el libro
   * @param solicitante {@code XMLHttpRequest} cuando lo envía la página de la entidad: el historial
   *     dice Web
   */
  @POST
  public Response registrar(
      OficioEscrito nuevo,
      @Context SecurityContext seguridad,
      @HeaderParam("X-Requested-With") String solicitante) {
    if (nuevo == null) {
      return Response.status(UNPROCESSABLE)
          .entity(new RespuestaError("Envíe el oficio como JSON con los campos de la hoja."))
          .build();
    }
    ComandoOficio comando;
    try {
      comando = new LecturaDeOficio(reconocerEntidad.resolutor()).leer(nuevo, null);
    } catch (RegistroInvalido e) {
      return invalido(e.errores());
    }
    try {
      Oficio oficio =
          registrarOficio.registrar(
              comando,
              new Autoria(
                  seguridad.getUserPrincipal().getName(),
                  "XMLHttpRequest".equals(solicitante) ? Canal.WEB : Canal.API));
      return Response.status(Response.Status.CREATED).entity(OficioJson.de(oficio)).build();
    } catch (OficioYaRegistrado e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(new DuplicadoJson(e.getMessage(), OficioJson.de(e.existente())))
          .build();
    } catch (RegistroInvalido e) {
      return invalido(e.errores());
    }
  }

  private static Response invalido(List<ErrorDeCampo> errores) {
    return Response.status(UNPROCESSABLE)
        .entity(
            new ErroresJson(
                "El oficio no se registró: revise los campos señalados.",
                errores.stream().map(CampoJson::de).toList()))
        .build();
  }
}
