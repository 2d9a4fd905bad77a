package mx.seguimientoprep.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.web.informe.InformeDelMes;

/**
 * Las respuestas de {@code /entidades/{ref}/informe} (el documento del mes) y {@code
 * /entidades/{ref}/informes} (los meses con su informe generado y remitido), que {@link
 * EntidadesResource} expone.
 */
@RequestScoped
public class InformeApi {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final int UNPROCESSABLE = 422;

  @Inject InformeDelMes informeDelMes;
  @Inject ReconocerEntidad reconocerEntidad;
  @Inject FechaConsulta fechaConsulta;
  @Inject ConsultarEstado consultarEstado;

  /** Un mes del proceso, como lo contesta la lista. */
  public record MesJson(
      String mes,
      boolean generado,
      Instant generadoEl,
      int veces,
      boolean enviado,
      String estado,
      LocalDate fechaEnvio,
      String oficioEnvio,
      LocalDate fechaLimite) {

    static MesJson de(InformeDelMes.MesDelInforme m) {
      return new MesJson(
          m.mes().toString(),
          m.generado(),
          m.generadoEl(),
          m.veces(),
          m.enviado(),
          m.estado(),
          m.fechaEnvio(),
          m.oficioEnvio(),
          m.fechaLimite());
    }
  }

  /** Los meses de un proceso y el mes que la página propone (el anterior a la fecha). */
  public record MesesJson(String proceso, String mesSugerido, List<MesJson> meses) {}

  Response documento(
      String ref, String mes, String proceso, String fecha, SecurityContext seguridad) {
    try {
      return generar(ref, mes, proceso, fecha, seguridad);
    } catch (WebApplicationException e) {
      throw enJson(e);
    }
  }

  /**
   * Un error del documento, en JSON: sin tipo, la respuesta tomaría el primero que el método
   * produce (el del .docx) y saldría vacía.
   */
  static WebApplicationException enJson(WebApplicationException e) {
    Response r = e.getResponse();
    if (r == null || r.getMediaType() != null) {
      return e;
    }
    return new WebApplicationException(
        Response.fromResponse(r).type(MediaType.APPLICATION_JSON + ";charset=UTF-8").build());
  }

  private Response generar(
      String ref, String mes, String proceso, String fecha, SecurityContext seguridad) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    LocalDate referencia = fechaConsulta.de(fecha);
    YearMonth elegido =
        texto(mes).map(InformeApi::mes).orElse(YearMonth.from(referencia).minusMonths(1));
    InformeDelMes.Documento documento =
        informeDelMes
            .generar(
                entidad,
                texto(proceso),
                elegido,
                referencia,
                seguridad.getUserPrincipal().getName())
            .orElseThrow(() -> sinProceso(entidad, texto(proceso)));
    return Response.ok(documento.contenido(), DOCX)
        .header("Content-Disposition", "attachment; filename=\"" + documento.nombre() + "\"")
        .header("X-Proceso", encabezado(documento.proceso()))
        .build();
  }

  MesesJson meses(String ref, String proceso, String fecha) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    LocalDate referencia = fechaConsulta.de(fecha);
    List<InformeDelMes.MesDelInforme> meses =
        informeDelMes
            .meses(entidad, texto(proceso), referencia)
            .orElseThrow(() -> sinProceso(entidad, texto(proceso)));
    String nombre =
        texto(proceso)
            .flatMap(
                p ->
                    consultarEstado.procesos(entidad.getClave()).stream()
                        .filter(x -> x.coincideCon(p))
                        .map(ProcesoElectoral::getNombre)
                        .findFirst())
            .or(
                () ->
                    consultarEstado
                        .procesoActual(entidad.getClave(), referencia)
                        .map(ProcesoElectoral::getNombre))
            .orElse(null);
    return new MesesJson(
        nombre,
        YearMonth.from(referencia).minusMonths(1).toString(),
        meses.stream().map(MesJson::de).toList());
  }

  private NotFoundException sinProceso(Entidad entidad, Optional<String> proceso) {
    List<ProcesoElectoral> procesos = consultarEstado.procesos(entidad.getClave());
    String mensaje =
        procesos.isEmpty() || proceso.isEmpty()
            ? entidad.getNombre() + " no tiene ningún proceso electoral registrado."
            : entidad.getNombre() + " no tiene el proceso «" + proceso.get() + "».";
    return new NotFoundException(
        Response.status(Response.Status.NOT_FOUND)
            .entity(
                new RespuestaError(
                    mensaje, procesos.stream().map(ProcesoElectoral::getNombre).toList()))
            .build());
  }

  private static YearMonth mes(String texto) {
    try {
      if (texto.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(texto);
      }
    } catch (DateTimeParseException e) {
      // Un mes 13 cae aquí: mismo mensaje que cualquier otro texto que no es un mes.
    }
    throw new WebApplicationException(
        Response.status(UNPROCESSABLE)
            .entity(
                new RespuestaError(
                    "«" + texto + "» no es un mes: use aaaa-mm (2020-11 es noviembre de 2020)."))
            .build());
  }

  /** Un encabezado HTTP lleva solo ASCII: los acentos del nombre del proceso se escriben %XX. */
  private static String encabezado(String texto) {
    return java.net.URLEncoder.encode(texto, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static Optional<String> texto(String valor) {
    return valor == null || valor.isBlank() ? Optional.empty() : Optional.of(valor.strip());
  }
}
