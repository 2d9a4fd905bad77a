package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.EntidadRepository;
import mx.seguimientoprep.domain.informe.PlantillaInforme;
import mx.seguimientoprep.web.informe.InformeDelMes;

/**
 * Las plantillas de membrete del informe mensual, una por entidad (administradores): la lista,
 * subir o reemplazar la de una entidad ({@code PUT}, multipart, campo {@code archivo}),
 * descargarla, quitarla, y la predeterminada del proyecto.
 */
@Path("/plantillas")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed("admin")
public class PlantillasResource {

  private static final int UNPROCESSABLE = 422;

  @Inject InformeDelMes informeDelMes;
  @Inject ReconocerEntidad reconocerEntidad;
  @Inject EntidadRepository repositorioDeEntidades;

  private EntidadRepository entidades() {
    return repositorioDeEntidades;
  }

  /** La plantilla de una entidad, como la contesta la lista. */
  public record PlantillaJson(
      String entidad,
      String nombre,
      String archivo,
      int tamano,
      String sha256,
      String usuario,
      Instant momento) {}

  @GET
  public List<PlantillaJson> plantillas() {
    Map<String, Entidad> entidades =
        entidades().todas().stream()
            .collect(Collectors.toMap(e -> e.getClave().valor(), Function.identity()));
    return informeDelMes.plantillas().stream()
        .map(
            p -> {
              Entidad e = entidades.get(p.getEntidad().valor());
              return json(p, e == null ? p.getEntidad().valor() : e.getNombre());
            })
        .toList();
  }

  @PUT
  @Path("/{ref}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response subir(
      @PathParam("ref") String ref,
      @FormParam("archivo") EntityPart archivo,
      @Context SecurityContext seguridad)
      throws IOException {
    Entidad entidad = reconocerEntidad.exigir(ref);
    if (archivo == null) {
      return error(
          400,
          "Falta el archivo: envíe la plantilla .docx en el campo «archivo» (multipart/form-data).");
    }
    byte[] contenido;
    try (InputStream entrada = archivo.getContent()) {
      contenido = entrada.readNBytes(InformeDelMes.tamanoMaximoDePlantilla() + 1);
    }
    if (contenido.length > InformeDelMes.tamanoMaximoDePlantilla()) {
      return error(
          413,
          "La plantilla pesa más de "
              + InformeDelMes.tamanoMaximoDePlantilla() / 1024 / 1024
              + " MB, el máximo.");
    }
    try {
      informeDelMes.guardarPlantilla(
          entidad,
          archivo.getFileName().orElse("plantilla.docx"),
          contenido,
          seguridad.getUserPrincipal().getName());
    } catch (InformeDelMes.PlantillaRechazada e) {
      return error(UNPROCESSABLE, e.getMessage());
    }
    return Response.ok(json(informeDelMes.plantillaDe(entidad).orElseThrow(), entidad.getNombre()))
        .build();
  }

  @GET
  @Path("/{ref}")
  @Produces({InformeApi.DOCX, MediaType.APPLICATION_JSON + ";charset=UTF-8"})
  public Response descargar(@PathParam("ref") String ref) {
    if (ref.equals("predeterminada")) {
      return docx(informeDelMes.plantillaPredeterminada(), "plantilla-informe.docx");
    }
    Entidad entidad;
    try {
      entidad = reconocerEntidad.exigir(ref);
    } catch (jakarta.ws.rs.WebApplicationException e) {
      throw InformeApi.enJson(e);
    }
    return informeDelMes
        .plantillaDe(entidad)
        .map(p -> docx(p.getContenido(), p.getArchivo()))
        .orElseGet(() -> sinPlantilla(entidad));
  }

  @DELETE
  @Path("/{ref}")
  public Response quitar(@PathParam("ref") String ref) {
    Entidad entidad = reconocerEntidad.exigir(ref);
    return informeDelMes.quitarPlantilla(entidad)
        ? Response.noContent().build()
        : sinPlantilla(entidad);
  }

  private static PlantillaJson json(PlantillaInforme p, String nombre) {
    return new PlantillaJson(
        p.getEntidad().valor(),
        nombre,
        p.getArchivo(),
        p.getTamano(),
        p.getSha256(),
        p.getUsuario(),
        p.getMomento());
  }

  private static Response docx(byte[] contenido, String archivo) {
    return Response.ok(contenido, InformeApi.DOCX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + archivo.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .build();
  }

  private static Response sinPlantilla(Entidad entidad) {
    return error(
        404,
        entidad.getNombre()
            + " no tiene plantilla propia: su informe se escribe en la predeterminada.");
  }

  private static Response error(int estado, String mensaje) {
    return Response.status(estado)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(new RespuestaError(mensaje))
        .build();
  }
}
