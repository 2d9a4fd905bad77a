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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ErrorDeCampo;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.registro.RegistroInvalido;
import mx.seguimientoprep.hoja.valor.ListaParser;
import mx.seguimientoprep.hoja.valor.ValorInvalido;

/**
 * Recording one oficio (staff and admin), with the fields of the {@code Oficios} sheet and the same
 * use case as the bot: 201 when recorded, 409 when the number exists, 422 with every field error.
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

  /** The sheet's columns as JSON fields; dates in any form the workbook accepts. */
  public record OficioNuevo(
      String entidad,
      String proceso,
      String numero,
      String fecha,
      String sentido,
      String remitente,
      String destinatario,
      String asunto,
      String entregables,
      String enRespuestaA,
      String resultado,
      String notas) {}

  /** The answer: the oficio as recorded, or the field errors. */
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
          o.getEnRespuestaA() == null ? null : o.getEnRespuestaA().toString(),
          o.getResultado() == null ? null : o.getResultado().etiqueta());
    }
  }

  /** 422: what was wrong with each field. */
  public record ErroresJson(String mensaje, List<ErrorDeCampo> errores) {}

  /** 409: the oficio that already has that number. */
  public record DuplicadoJson(String mensaje, OficioJson existente) {}

  /**
   * @param solicitante {@code XMLHttpRequest} when the entidad page sends it: the history says Web
   */
  @POST
  public Response registrar(
      OficioNuevo nuevo,
      @Context SecurityContext seguridad,
      @HeaderParam("X-Requested-With") String solicitante) {
    if (nuevo == null) {
      return Response.status(UNPROCESSABLE)
          .entity(new RespuestaError("Envíe el oficio como JSON con los campos de la hoja."))
          .build();
    }
    List<ErrorDeCampo> errores = new ArrayList<>();
    ClaveEntidad entidad = leer(errores, "Entidad", nuevo.entidad(), this::entidad);
    NumeroOficio numero = leer(errores, "Número", nuevo.numero(), NumeroOficio::new);
    LocalDate fecha = leer(errores, "Fecha", nuevo.fecha(), FechaEscrita::leer);
    Sentido sentido =
        leer(errores, "Sentido", nuevo.sentido(), t -> etiquetado(Sentido.desdeTexto(t), t));
    NumeroOficio respuestaA =
        leer(errores, "En respuesta a", nuevo.enRespuestaA(), NumeroOficio::new);
    ResultadoRevision resultado =
        leer(
            errores,
            "Resultado",
            nuevo.resultado(),
            t -> etiquetado(ResultadoRevision.desdeTexto(t), t));
    List<String> entregables = leer(errores, "Entregables", nuevo.entregables(), ListaParser::leer);
    if (!errores.isEmpty()) {
      return invalido(errores);
    }
    ComandoOficio comando =
        new ComandoOficio(
            entidad,
            nuevo.proceso(),
            numero,
            fecha,
            sentido,
            nuevo.remitente(),
            nuevo.destinatario(),
            nuevo.asunto(),
            entregables,
            respuestaA,
            resultado,
            nuevo.notas(),
            null);
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

  private ClaveEntidad entidad(String texto) {
    try {
      Entidad entidad = reconocerEntidad.exigir(texto);
      return entidad.getClave();
    } catch (jakarta.ws.rs.NotFoundException e) {
      throw new DatoInvalido(
          "Entidad", texto, ((RespuestaError) e.getResponse().getEntity()).mensaje());
    }
  }

  private static <E> E etiquetado(Optional<E> valor, String texto) {
    return valor.orElseThrow(() -> new DatoInvalido("«" + texto + "» no es un valor admitido."));
  }

  /** The value, or null when blank; an invalid one adds its error and gives null. */
  private static <T> T leer(
      List<ErrorDeCampo> errores, String campo, String texto, Function<String, T> lector) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    try {
      return lector.apply(texto.strip());
    } catch (DatoInvalido | ValorInvalido e) {
      errores.add(new ErrorDeCampo(campo, texto, e.getMessage()));
      return null;
    }
  }

  private static Response invalido(List<ErrorDeCampo> errores) {
    return Response.status(UNPROCESSABLE)
        .entity(new ErroresJson("El oficio no se registró: revise los campos señalados.", errores))
        .build();
  }
}
