package mx.seguimientoprep.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.web.importacion.ArchivoDemasiadoGrande;
import mx.seguimientoprep.web.importacion.InformeNoLegible;
import mx.seguimientoprep.web.importacion.LecturaInforme;
import mx.seguimientoprep.web.importacion.LecturaJson;

/**
 * Leer un informe narrativo (staff y admin): sus hechos propuestos y la importación de los que se
 * conservan, o el libro de importación con las propuestas para corregirlas en Excel.
 */
@Path("/informes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@RolesAllowed({"admin", "staff"})
public class InformesResource {

  private static final int UNPROCESSABLE = 422;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject LecturaInforme lectura;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @LimiteDeSubida
  public Response leer(
      @FormParam("archivo") EntityPart archivo,
      @FormParam("entidad") String entidad,
      @FormParam("proceso") String proceso,
      @FormParam("mes") String mes,
      @FormParam("conservar") String conservar,
      @QueryParam("simular") boolean simular,
      @QueryParam("conservar") List<String> conservarEnUrl,
      @Context SecurityContext seguridad)
      throws IOException {
    Set<String> conservadas = new HashSet<>();
    agregar(conservadas, conservar == null ? null : List.of(conservar));
    agregar(conservadas, conservarEnUrl);
    return conElInforme(
        archivo,
        entidad,
        proceso,
        mes,
        (nombre, contenido, dados) -> {
          LecturaJson json =
              lectura.leerYAplicar(
                  nombre,
                  contenido,
                  dados,
                  conservadas,
                  new Autoria(seguridad.getUserPrincipal().getName(), Canal.INFORME),
                  simular);
          return Response.status(json.rechazada() ? UNPROCESSABLE : 200).entity(json).build();
        });
  }

  /** Las mismas propuestas como libro de importación, con las columnas Fuente y Certeza. */
  @POST
  @Path("/hoja")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({XLSX, MediaType.APPLICATION_JSON + ";charset=UTF-8"})
  @LimiteDeSubida
  public Response hoja(
      @FormParam("archivo") EntityPart archivo,
      @FormParam("entidad") String entidad,
      @FormParam("proceso") String proceso,
      @FormParam("mes") String mes)
      throws IOException {
    return conElInforme(
        archivo,
        entidad,
        proceso,
        mes,
        (nombre, contenido, dados) -> {
          // El libro se arma entero antes de contestar: si el informe no se puede leer, la
          // respuesta es un 422 con su motivo y no un archivo a medias. Un libro de propuestas
          // pesa unos KB.
          ByteArrayOutputStream libro = new ByteArrayOutputStream();
          lectura.comoLibro(nombre, contenido, dados, libro);
          return comoDescarga(nombre, libro);
        });
  }

  private static Response comoDescarga(String nombre, ByteArrayOutputStream libro) {
    String base = nombre.replaceAll("\\.[^.]*$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    StreamingOutput cuerpo = salida -> libro.writeTo(salida);
    return Response.ok(cuerpo, XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"propuestas.xlsx\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(
                        "propuestas-" + base + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .build();
  }

  /** Lo que se hace con el informe subido, ya con su nombre y lo que dice la petición. */
  @FunctionalInterface
  private interface ConElInforme {
    Response leer(String nombre, InputStream contenido, LecturaInforme.Datos dados)
        throws IOException;
  }

  /**
   * Revisa lo que llega con el informe (el archivo, el mes) y lo lee; un archivo que falta o un mes
   * que no se entiende es un 400, uno demasiado grande un 413 y uno ilegible un 422, con su motivo.
   */
  private static Response conElInforme(
      EntityPart archivo, String entidad, String proceso, String mes, ConElInforme accion)
      throws IOException {
    if (archivo == null) {
      return error(
          400,
          "Falta el archivo: envíe el informe (.docx, .pdf o .txt) en el campo «archivo»"
              + " (multipart/form-data).");
    }
    LecturaInforme.Datos dados;
    try {
      dados = portada(entidad, proceso, mes);
    } catch (DateTimeParseException e) {
      return error(400, "El mes «" + mes + "» no se entiende: escríbalo como aaaa-mm (2020-11).");
    }
    String nombre = archivo.getFileName().orElse("(sin nombre)");
    try (InputStream contenido = archivo.getContent()) {
      return accion.leer(nombre, contenido, dados);
    } catch (ArchivoDemasiadoGrande e) {
      return error(413, e.getMessage());
    } catch (InformeNoLegible e) {
      return error(UNPROCESSABLE, e.getMessage());
    }
  }

  private static LecturaInforme.Datos portada(String entidad, String proceso, String mes) {
    return new LecturaInforme.Datos(
        vacio(entidad) ? null : entidad.strip(),
        vacio(proceso) ? null : proceso.strip(),
        vacio(mes) ? null : YearMonth.parse(mes.strip()));
  }

  private static boolean vacio(String texto) {
    return texto == null || texto.isBlank();
  }

  /** Las claves a conservar, una por valor o varias separadas por renglones o «;». */
  private static void agregar(Set<String> destino, List<String> valores) {
    if (valores == null) {
      return;
    }
    for (String valor : valores) {
      Arrays.stream(valor.split("[;\\n]"))
          .map(String::strip)
          .filter(v -> !v.isEmpty())
          .forEach(destino::add);
    }
  }

  private static Response error(int estado, String mensaje) {
    return Response.status(estado).entity(new RespuestaError(mensaje)).build();
  }
}
