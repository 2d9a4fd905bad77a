package mx.seguimientoprep.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import mx.seguimientoprep.web.importacion.ArchivoDemasiadoGrande;
import mx.seguimientoprep.web.importacion.ImportacionLibro;

/**
 * Rechaza una subida cuyo largo declarado pasa del límite (más un margen para el sobre multipart)
 * antes de analizar un solo byte; una subida sin largo declarado se mide mientras se copia.
 */
@Provider
@LimiteDeSubida
public class FiltroLimiteDeSubida implements ContainerRequestFilter {

  private static final long SOBRE_MULTIPART = 64 * 1024;

  @Override
  public void filter(ContainerRequestContext peticion) {
    if (peticion.getLength() > ImportacionLibro.LIMITE_BYTES + SOBRE_MULTIPART) {
      peticion.abortWith(
          Response.status(413)
              .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
              .entity(
                  new RespuestaError(
                      new ArchivoDemasiadoGrande(ImportacionLibro.LIMITE_BYTES).getMessage()))
              .build());
    }
  }
}
