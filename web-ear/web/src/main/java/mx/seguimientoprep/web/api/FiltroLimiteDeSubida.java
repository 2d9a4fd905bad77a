package mx.seguimientoprep.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import mx.seguimientoprep.web.importacion.ArchivoDemasiadoGrande;
import mx.seguimientoprep.web.importacion.ImportacionLibro;

/**
 * Refuses an upload whose declared length is over the limit (plus room for the multipart envelope)
 * before a byte of it is parsed; an upload without a declared length is measured while it is
 * copied.
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
