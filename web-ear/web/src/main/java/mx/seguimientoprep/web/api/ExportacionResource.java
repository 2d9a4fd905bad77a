package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import mx.seguimientoprep.web.exportacion.ExportacionLibro;

/** La descarga del libro, con los filtros de workbook.md (staff y admin). */
@Path("/exportacion")
@RequestScoped
@RolesAllowed({"admin", "staff"})
public class ExportacionResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ExportacionLibro exportacion;
  @Inject ReconocerEntidad reconocerEntidad;
  @Inject FechaConsulta fechaConsulta;

  @GET
  public Response exportar(
      @QueryParam("entidad") String entidad,
      @QueryParam("proceso") String proceso,
      @QueryParam("mes") String mes,
      @QueryParam("fecha") String fecha) {
    ExportacionLibro.Filtros filtros =
        new ExportacionLibro.Filtros(
            texto(entidad).map(reconocerEntidad::exigir),
            texto(proceso),
            texto(mes).map(this::mes));
    LocalDate referencia = fechaConsulta.de(fecha);
    StreamingOutput cuerpo = salida -> exportacion.escribir(filtros, referencia, salida);
    return Response.ok(cuerpo, XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"seguimiento-prep-" + referencia + ".xlsx\"")
        .build();
  }

  private YearMonth mes(String texto) {
    try {
      return YearMonth.parse(texto);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          Response.status(400)
              .entity(new RespuestaError("«" + texto + "» no es un mes: use aaaa-mm (2021-10)."))
              .build());
    }
  }

  private static Optional<String> texto(String valor) {
    return valor == null || valor.isBlank() ? Optional.empty() : Optional.of(valor.strip());
  }
}
