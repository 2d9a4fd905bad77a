package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Vencimiento;

/**
 * Lo que vence en los próximos días en todas las entidades (la franja del tablero): los entregables
 * pendientes de {@link ConsultarEstado#vencimientos}, el mismo cálculo que el comando /vencimientos
 * del bot.
 */
@Path("/vencimientos")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed({"admin", "staff", "consejero"})
public class VencimientosResource {

  /** Los días de la ventana sin {@code ?dias=}: los que muestra el tablero. */
  static final int DIAS = 60;

  /** La ventana más larga que se contesta: un año. */
  static final int MAXIMO_DE_DIAS = 366;

  @Inject ConsultarEstado consultarEstado;
  @Inject FechaConsulta fechaConsulta;

  /** Un entregable que vence, con su entidad y los días que le quedan. */
  public record VencimientoJson(
      LocalDate fechaLimite,
      long diasRestantes,
      EstadoJson.EntidadJson entidad,
      String proceso,
      String codigo,
      String nombre,
      String periodo,
      String estado) {

    static VencimientoJson de(Vencimiento v) {
      EstadoPrep e = v.estado();
      EntregableEsperado x = v.entregable();
      return new VencimientoJson(
          x.fechaLimite(),
          v.diasRestantes(),
          new EstadoJson.EntidadJson(e.claveEntidad().valor(), e.nombreEntidad(), e.siglas()),
          e.proceso(),
          x.codigo(),
          x.nombre(),
          x.periodo() == null ? null : x.periodo().toString(),
          EstadoJson.EntregableJson.estado(x));
    }
  }

  /** La ventana, de {@code desde} a {@code hasta} (las dos incluidas), y lo que vence en ella. */
  public record VencimientosJson(
      LocalDate desde, LocalDate hasta, int dias, List<VencimientoJson> vencimientos) {}

  @GET
  public VencimientosJson vencimientos(
      @QueryParam("fecha") String fecha, @QueryParam("dias") String dias) {
    LocalDate desde = fechaConsulta.de(fecha);
    int ventana = dias(dias);
    LocalDate hasta = desde.plusDays(ventana);
    return new VencimientosJson(
        desde,
        hasta,
        ventana,
        consultarEstado.vencimientos(desde, hasta).stream().map(VencimientoJson::de).toList());
  }

  private static int dias(String texto) {
    if (texto == null || texto.isBlank()) {
      return DIAS;
    }
    try {
      int dias = Integer.parseInt(texto.strip());
      if (dias >= 1 && dias <= MAXIMO_DE_DIAS) {
        return dias;
      }
    } catch (NumberFormatException e) {
      // se contesta abajo, con el mismo mensaje que un número fuera de rango
    }
    throw new BadRequestException(
        Response.status(Response.Status.BAD_REQUEST)
            .entity(
                new RespuestaError(
                    "«"
                        + texto
                        + "» no es un número de días válido; use un entero de 1 a "
                        + MAXIMO_DE_DIAS
                        + " (60)."))
            .build());
  }
}
