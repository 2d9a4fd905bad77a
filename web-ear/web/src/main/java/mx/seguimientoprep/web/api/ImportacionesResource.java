package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.importacion.Importacion;
import mx.seguimientoprep.domain.importacion.ImportacionRepository;
import mx.seguimientoprep.web.importacion.ArchivoDemasiadoGrande;
import mx.seguimientoprep.web.importacion.ImportacionLibro;
import mx.seguimientoprep.web.importacion.InformeImportacion;

/** La subida del libro mensual (staff y admin) y la bitácora de las subidas anteriores. */
@Path("/importaciones")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed({"admin", "staff"})
public class ImportacionesResource {

  private static final int UNPROCESSABLE = 422;

  @Inject ImportacionLibro importacion;
  @Inject ImportacionRepository bitacora;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @LimiteDeSubida
  public Response importar(
      @FormParam("archivo") EntityPart archivo,
      @QueryParam("simular") boolean simular,
      @Context SecurityContext seguridad)
      throws IOException {
    if (archivo == null) {
      return error(
          400,
          "Falta el archivo: envíe el libro .xlsx en el campo «archivo» (multipart/form-data).");
    }
    String nombre = archivo.getFileName().orElse("(sin nombre)");
    try (InputStream contenido = archivo.getContent()) {
      InformeImportacion informe =
          importacion.importar(
              nombre,
              contenido,
              new Autoria(seguridad.getUserPrincipal().getName(), Canal.HOJA),
              simular);
      return Response.status(informe.rechazada() ? UNPROCESSABLE : 200).entity(informe).build();
    } catch (ArchivoDemasiadoGrande e) {
      return error(413, e.getMessage());
    }
  }

  /** Una subida anterior, como la da la lista. */
  public record ImportacionJson(
      Instant momento,
      String usuario,
      String archivo,
      String sha256,
      String estado,
      Map<String, InformeImportacion.ConteoHoja> hojas,
      int errores,
      int advertencias,
      String canal) {

    static ImportacionJson de(Importacion i) {
      return new ImportacionJson(
          i.getMomento(),
          i.getUsuario(),
          i.getArchivo(),
          i.getSha256(),
          i.getEstado().etiqueta(),
          InformeImportacion.porHoja(i.conteos()),
          i.getErrores(),
          i.getAvisos(),
          i.getCanal().etiqueta());
    }
  }

  @GET
  public List<ImportacionJson> historial(@QueryParam("limite") Integer limite) {
    int cuantas = limite == null ? 100 : Math.max(1, Math.min(limite, 1000));
    return bitacora.recientes(cuantas).stream().map(ImportacionJson::de).toList();
  }

  private static Response error(int estado, String mensaje) {
    return Response.status(estado).entity(new RespuestaError(mensaje)).build();
  }
}
