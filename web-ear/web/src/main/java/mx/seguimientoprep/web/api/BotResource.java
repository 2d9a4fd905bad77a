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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.MensajeEntrante;
import mx.seguimientoprep.bot.TipoDeChat;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.acceso.AccesoBot;
import mx.seguimientoprep.domain.acceso.MensajesNoEntendidos;
import mx.seguimientoprep.domain.acceso.VinculoTelegram;
import mx.seguimientoprep.domain.usuario.Rol;
import mx.seguimientoprep.web.bot.Bot;

/**
 * La administración del bot (solo admin): las invitaciones para {@code /start}, los usuarios de
 * Telegram vinculados y su revocación, y la consola que responde como lo haría el bot, con el mismo
 * despachador.
 */
@Path("/bot")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
public class BotResource {

  private static final int UNPROCESSABLE = 422;

  /**
   * Los chats de la consola se numeran por debajo de -2^53: los ids de usuario y de chat de
   * Telegram caben en 52 bits, así que una conversación de consola nunca comparte fila con un chat
   * real.
   */
  private static final long BASE_CONSOLA = -(1L << 53);

  @Inject AccesoBot acceso;
  @Inject Bot bot;
  @Inject MensajesNoEntendidos noEntendidos;

  /** Los días que cuenta el resumen de mensajes no entendidos, hoy incluido. */
  private static final int DIAS_DE_NO_ENTENDIDOS = 30;

  /** Los intentos más frecuentes que se listan. */
  private static final int INTENTOS_LISTADOS = 10;

  /** {@code {"rol": "consejero" | "capturista", "nombre": "Ana López"}}. */
  public record NuevaInvitacion(String rol, String nombre) {}

  /** El código se muestra una vez: solo se guarda su hash. */
  public record InvitacionJson(
      String codigo, Instant expira, String rol, String nombre, String instrucciones) {}

  public record VinculoJson(
      long id, String nombreTelegram, String rol, String nombre, Instant desde) {

    static VinculoJson de(VinculoTelegram v) {
      return new VinculoJson(
          v.getUsuarioTelegram(), v.getNombreTelegram(), v.getRol(), v.getCuenta(), v.getCreado());
    }
  }

  /** {@code {"texto": "estado durango", "rol": "consejero"}}. */
  public record Consulta(String texto, String rol) {}

  /** Los mensajes del bot, en orden. */
  public record RespuestasJson(List<String> respuestas) {}

  @POST
  @Path("/invitaciones")
  public Response invitar(NuevaInvitacion nueva, @Context SecurityContext seguridad) {
    Optional<Rol> rol = Rol.delBot(nueva == null ? null : nueva.rol());
    if (rol.isEmpty()) {
      return error("Indique el rol de la invitación: consejero o capturista.");
    }
    AccesoBot.InvitacionCreada creada;
    try {
      creada =
          acceso.invitar(
              rol.get().nombreEnElBot().orElseThrow(),
              nueva.nombre(),
              seguridad.getUserPrincipal().getName(),
              Instant.now());
    } catch (DatoInvalido e) {
      return error(e.getMessage());
    }
    String bot = this.bot.nombre().map(n -> " @" + n).orElse("");
    return Response.status(Response.Status.CREATED)
        .entity(
            new InvitacionJson(
                creada.codigo(),
                creada.expira(),
                creada.rol(),
                creada.nombre(),
                "Envíe al bot"
                    + bot
                    + ", en un chat privado: /start "
                    + creada.codigo()
                    + " (sirve una vez y vence el "
                    + creada.expira()
                    + ")."))
        .build();
  }

  @GET
  @Path("/usuarios")
  public List<VinculoJson> usuarios() {
    return acceso.vinculados().stream().map(VinculoJson::de).toList();
  }

  @DELETE
  @Path("/usuarios/{id}")
  public Response revocar(@PathParam("id") long id) {
    if (!acceso.revocar(id, Instant.now())) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(
              new RespuestaError(
                  "No hay ningún usuario de Telegram vinculado con el id " + id + "."))
          .build();
    }
    return Response.noContent().build();
  }

  /**
   * Cuántos mensajes no entendió el bot en los últimos 30 días y qué se intentó más: el comando
   * desconocido o, de una frase, el comando que se le sugirió primero. Sin textos.
   */
  @GET
  @Path("/no-entendidos")
  public MensajesNoEntendidos.Resumen noEntendidos() {
    return noEntendidos.desde(
        LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(DIAS_DE_NO_ENTENDIDOS - 1L),
        INTENTOS_LISTADOS);
  }

  @POST
  @Path("/consola")
  public Response consola(Consulta consulta, @Context SecurityContext seguridad) {
    if (consulta == null || consulta.texto() == null || consulta.texto().isBlank()) {
      return error("Escriba el texto que recibiría el bot.");
    }
    Optional<Rol> rol =
        consulta.rol() == null || consulta.rol().isBlank()
            ? Optional.of(Rol.CONSEJERO)
            : Rol.delBot(consulta.rol());
    if (rol.isEmpty()) {
      return error("«" + consulta.rol() + "» no es un rol del bot: use consejero o capturista.");
    }
    String cuenta = seguridad.getUserPrincipal().getName();
    long chat =
        BASE_CONSOLA
            - Integer.toUnsignedLong(
                (cuenta + "/" + rol.get().nombreEnElBot().orElseThrow()).hashCode());
    MensajeEntrante mensaje =
        MensajeEntrante.texto(
            chat,
            chat,
            cuenta,
            TipoDeChat.PRIVADO,
            consulta.texto(),
            Optional.of(new Vinculo(rol.get(), cuenta)),
            Instant.now());
    return Response.ok(
            new RespuestasJson(bot.atender(mensaje).stream().map(Respuesta::texto).toList()))
        .build();
  }

  private static Response error(String mensaje) {
    return Response.status(UNPROCESSABLE).entity(new RespuestaError(mensaje)).build();
  }
}
