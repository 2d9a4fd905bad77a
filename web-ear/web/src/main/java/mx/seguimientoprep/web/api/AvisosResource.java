package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.seguimientoprep.domain.aviso.AvisoRepository;
import mx.seguimientoprep.domain.aviso.SuscripcionRepository;
import mx.seguimientoprep.web.Configuracion;
import mx.seguimientoprep.web.aviso.PasadaDeAvisos;

/**
 * Los avisos del bot (solo admin): correr una pasada a una fecha (para pruebas y operación) y ver
 * las suscripciones y los últimos avisos, con sus fallos.
 */
@Path("/avisos")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed("admin")
public class AvisosResource {

  /** Los avisos que lista {@code GET /api/avisos}. */
  static final int ULTIMOS = 100;

  @Inject PasadaDeAvisos pasada;
  @Inject Configuracion configuracion;
  @Inject SuscripcionRepository suscripciones;
  @Inject AvisoRepository avisos;

  public record EnviadoJson(
      long id,
      long suscripcion,
      long chat,
      String entidad,
      String tipo,
      String asunto,
      LocalDate fecha,
      String estado,
      Long mensajeTelegram,
      int intentos,
      String motivo) {

    static EnviadoJson de(PasadaDeAvisos.Enviado e) {
      return new EnviadoJson(
          e.id(),
          e.suscripcion(),
          e.chat(),
          e.entidad().valor(),
          e.tipo().name(),
          e.asunto(),
          e.fecha(),
          e.estado().name(),
          e.mensajeTelegram(),
          e.intentos(),
          e.motivo());
    }
  }

  public record PasadaJson(List<EnviadoJson> enviados, int omitidos) {}

  public record SuscripcionJson(
      long id, String entidad, String nombreEntidad, String cuenta, long chat, Instant desde) {}

  public record AvisoJson(
      long id,
      Instant reclamado,
      String tipo,
      String asunto,
      LocalDate fecha,
      String estado,
      int intentos,
      Instant enviado,
      Long mensajeTelegram,
      String motivo,
      String nodo,
      Long chat,
      String entidad) {}

  public record AvisosJson(List<SuscripcionJson> suscripciones, List<AvisoJson> avisos) {}

  /**
   * Una pasada como la del reloj, a las {@code PREP_AVISOS_HORA} del día {@code fecha} (sin ella,
   * ahora), más los avisos de observaciones del INE del último día. Una segunda pasada del mismo
   * día no envía nada: lo que ya se reclamó cuenta en {@code omitidos}.
   */
  @POST
  @Path("/ejecutar")
  public Response ejecutar(@QueryParam("fecha") String fecha) {
    Instant momento;
    if (fecha == null || fecha.isBlank()) {
      momento = Instant.now();
    } else {
      try {
        momento = configuracion.reglasDeAvisos().pasadaDel(LocalDate.parse(fecha.strip()));
      } catch (DateTimeParseException e) {
        return Response.status(Response.Status.BAD_REQUEST)
            .entity(
                new RespuestaError(
                    "«" + fecha + "» no es una fecha válida; use aaaa-mm-dd (2021-10-29)."))
            .build();
      }
    }
    if (!pasada.disponible()) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .entity(
              new RespuestaError(
                  "El bot de Telegram está apagado o aún no se conecta con la Bot API: no hay por"
                      + " dónde enviar los avisos. Revise TELEGRAM_BOT_TOKEN y el registro."))
          .build();
    }
    PasadaDeAvisos.Resultado resultado =
        pasada.observaciones(Instant.now()).mas(pasada.delDia(momento));
    return Response.ok(
            new PasadaJson(
                resultado.enviados().stream().map(EnviadoJson::de).toList(), resultado.omitidos()))
        .build();
  }

  @GET
  public AvisosJson listar() {
    List<SuscripcionJson> vigentes =
        suscripciones.paraAdministrar().stream()
            .map(
                s ->
                    new SuscripcionJson(
                        s.suscripcion().id(),
                        s.suscripcion().entidad().valor(),
                        s.entidad(),
                        s.cuenta(),
                        s.suscripcion().chat(),
                        s.suscripcion().desde()))
            .toList();
    List<AvisoJson> ultimos =
        avisos.ultimos(ULTIMOS).stream()
            .map(
                x ->
                    new AvisoJson(
                        x.aviso().getId(),
                        x.aviso().getReclamado(),
                        x.aviso().getTipo().name(),
                        x.aviso().getAsunto(),
                        x.aviso().getVence(),
                        x.aviso().getEstado().name(),
                        x.aviso().getIntentos(),
                        x.aviso().getEnviado(),
                        x.aviso().getMensajeTelegram(),
                        x.aviso().getMotivo(),
                        x.aviso().getNodo(),
                        x.suscripcion().map(s -> s.getChat()).orElse(null),
                        x.suscripcion().map(s -> s.getEntidad().valor()).orElse(null)))
            .toList();
    return new AvisosJson(vigentes, ultimos);
  }
}
