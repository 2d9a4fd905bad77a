package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.historial.CambioRepository;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.web.calendario.CalendarioDeEntidad;

/**
 * Las entidades con proceso, el estado del proceso actual de una entidad, todo lo registrado de
 * cualquiera de sus procesos (la página de la entidad) y el historial de sus cambios.
 */
@Path("/entidades")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed({"admin", "staff", "consejero"})
public class EntidadesResource {

  @Inject ConsultarEstado consultarEstado;
  @Inject ReconocerEntidad reconocerEntidad;
  @Inject FechaConsulta fechaConsulta;
  @Inject CambioRepository cambios;
  @Inject InformeApi informeApi;

  /**
   * Una entidad de la lista: su proceso actual y su semáforo, y las cifras del tablero (días para
   * la jornada, entregables por estado, última actividad) a la fecha de referencia.
   */
  public record EntidadConProcesoJson(
      String clave,
      String nombre,
      String siglas,
      String procesoActual,
      LocalDate jornada,
      String semaforo,
      LocalDate fechaReferencia,
      Long diasParaJornada,
      EstadoJson.ConteoJson entregables,
      EstadoJson.EntregableJson proximo,
      LocalDate ultimaActividad,
      String sinRegistro) {

    static EntidadConProcesoJson de(EstadoPrep e) {
      return new EntidadConProcesoJson(
          e.claveEntidad().valor(),
          e.nombreEntidad(),
          e.siglas(),
          e.proceso(),
          e.jornada(),
          e.semaforo().etiqueta(),
          e.fechaReferencia(),
          e.diasParaJornada().orElse(null),
          EstadoJson.ConteoJson.de(e.conteo(), e.entregables().size()),
          e.proximo().map(EstadoJson.EntregableJson::de).orElse(null),
          e.ultimaActividad().orElse(null),
          e.sinRegistro().orElse(null));
    }
  }

  @GET
  public List<EntidadConProcesoJson> entidades(@QueryParam("fecha") String fecha) {
    return consultarEstado.estadosActuales(fechaConsulta.de(fecha)).stream()
        .map(EntidadConProcesoJson::de)
        .toList();
  }

  @GET
  @Path("/{ref}/estado")
  public EstadoJson estado(@PathParam("ref") String ref, @QueryParam("fecha") String fecha) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    LocalDate referencia = fechaConsulta.de(fecha);
    return consultarEstado
        .estadoActual(entidad.getClave(), referencia)
        .map(EstadoJson::de)
        .orElseThrow(
            () ->
                new NotFoundException(
                    Response.status(Response.Status.NOT_FOUND)
                        .entity(
                            new RespuestaError(
                                entidad.getNombre()
                                    + " no tiene ningún proceso electoral registrado."))
                        .build()));
  }

  /**
   * Todo lo registrado de un proceso de la entidad: {@code ?proceso=} por nombre o años ({@code
   * 2021-2022}); si no, el actual a la fecha de referencia.
   */
  @GET
  @Path("/{ref}/expediente")
  public ExpedienteJson expediente(
      @PathParam("ref") String ref,
      @QueryParam("proceso") String proceso,
      @QueryParam("fecha") String fecha) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    LocalDate referencia = fechaConsulta.de(fecha);
    return consultarEstado
        .expedienteConEstado(entidad.getClave(), Optional.ofNullable(proceso), referencia)
        .map(ExpedienteJson::de)
        .orElseThrow(
            () -> {
              List<ProcesoElectoral> procesos = consultarEstado.procesos(entidad.getClave());
              String mensaje =
                  procesos.isEmpty()
                      ? entidad.getNombre() + " no tiene ningún proceso electoral registrado."
                      : entidad.getNombre() + " no tiene el proceso «" + proceso.strip() + "».";
              return new NotFoundException(
                  Response.status(Response.Status.NOT_FOUND)
                      .entity(
                          new RespuestaError(
                              mensaje, procesos.stream().map(ProcesoElectoral::getNombre).toList()))
                      .build());
            });
  }

  /**
   * Los plazos del proceso como calendario iCalendar: un evento de día completo por entregable
   * esperado (su estado a la fecha en la descripción) y la jornada.
   */
  @GET
  @Path("/{ref}/calendario.ics")
  @Produces(CalendarioDeEntidad.TIPO)
  public Response calendario(
      @PathParam("ref") String ref,
      @QueryParam("proceso") String proceso,
      @QueryParam("fecha") String fecha) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    LocalDate referencia = fechaConsulta.de(fecha);
    Optional<ExpedienteConEstado> expediente =
        consultarEstado.expedienteConEstado(
            entidad.getClave(), Optional.ofNullable(proceso), referencia);
    if (expediente.isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND)
          .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(
              new RespuestaError(
                  entidad.getNombre()
                      + (proceso == null
                          ? " no tiene ningún proceso electoral registrado."
                          : " no tiene el proceso «" + proceso.strip() + "».")))
          .build();
    }
    return Response.ok(CalendarioDeEntidad.ics(expediente.get(), Instant.now()))
        .type(CalendarioDeEntidad.TIPO)
        .header(
            "Content-Disposition",
            "inline; filename=\"" + CalendarioDeEntidad.nombreDeArchivo(entidad) + "\"")
        .build();
  }

  /** Un renglón del historial: quién cambió qué, cuándo y por qué canal. */
  public record CambioJson(
      Instant momento,
      String usuario,
      String canal,
      String operacion,
      String tipo,
      String clave,
      String campo,
      String valorAnterior,
      String valorNuevo) {

    static CambioJson de(Cambio c) {
      return new CambioJson(
          c.getMomento(),
          c.getUsuario(),
          c.getCanal().etiqueta(),
          c.getOperacion().etiqueta(),
          c.getTipo(),
          c.getClave(),
          c.getCampo(),
          c.getValorAnterior(),
          c.getValorNuevo());
    }
  }

  /** Los cambios más recientes primero; {@code total} los cuenta todos. */
  public record HistorialJson(int total, List<CambioJson> cambios) {}

  @GET
  @Path("/{ref}/historial")
  public HistorialJson historial(
      @PathParam("ref") String ref, @QueryParam("limite") Integer limite) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    int cuantos = limite == null ? 200 : Math.max(1, Math.min(limite, 5000));
    List<Cambio> recientes = cambios.findByEntidad(entidad.getClave(), cuantos);
    return new HistorialJson(
        Math.toIntExact(cambios.countByEntidad(entidad.getClave())),
        recientes.stream().map(CambioJson::de).toList());
  }

  /**
   * El informe del mes ({@code ?mes=aaaa-mm}; sin él, el mes anterior a la fecha de referencia)
   * como documento de Word, del proceso que nombra {@code ?proceso=} o del actual al cierre del
   * mes.
   */
  @GET
  @Path("/{ref}/informe")
  @Produces({InformeApi.DOCX, MediaType.APPLICATION_JSON + ";charset=UTF-8"})
  public Response informe(
      @PathParam("ref") String ref,
      @QueryParam("mes") String mes,
      @QueryParam("proceso") String proceso,
      @QueryParam("fecha") String fecha,
      @Context SecurityContext seguridad) {
    return informeApi.documento(ref, mes, proceso, fecha, seguridad);
  }

  /** Los meses del proceso: si su informe se generó y si se remitió al INE. */
  @GET
  @Path("/{ref}/informes")
  public InformeApi.MesesJson informes(
      @PathParam("ref") String ref,
      @QueryParam("proceso") String proceso,
      @QueryParam("fecha") String fecha) {
    return informeApi.meses(ref, proceso, fecha);
  }
}
