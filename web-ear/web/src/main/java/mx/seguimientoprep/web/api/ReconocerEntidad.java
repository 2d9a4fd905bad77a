package mx.seguimientoprep.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.EntidadRepository;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * Convierte el {@code {ref}} de una URL en una entidad, con lo mismo que entiende el bot ({@code
 * durango}, {@code IEPC Durango}, {@code 10}, {@code estado de méxico}); cualquier otra cosa es un
 * 404 que dice por qué y sugiere. Una referencia de más de {@value #CARACTERES_MAXIMOS} caracteres
 * es un 400 antes de comparar nada.
 */
@ApplicationScoped
public class ReconocerEntidad {

  @Inject EntidadRepository entidades;

  private volatile ResolutorEntidad resolutor;

  /** Más que el nombre oficial más largo de un OPL: una referencia más larga no es un nombre. */
  static final int CARACTERES_MAXIMOS = 200;

  public Entidad exigir(String referencia) {
    if (referencia.length() > CARACTERES_MAXIMOS) {
      throw new BadRequestException(
          Response.status(Response.Status.BAD_REQUEST)
              .entity(
                  new RespuestaError(
                      "La referencia de la entidad tiene "
                          + referencia.length()
                          + " caracteres; escriba el nombre del estado, su abreviatura, las siglas"
                          + " de su OPL o su clave (a lo más "
                          + CARACTERES_MAXIMOS
                          + " caracteres)."))
              .build());
    }
    Resolucion resolucion = resolutor().enCampo(referencia);
    if (resolucion instanceof Resolucion.Encontrada encontrada) {
      return encontrada.entidad();
    }
    String texto = "«" + referencia + "»";
    RespuestaError error;
    if (resolucion instanceof Resolucion.Ambigua ambigua) {
      error =
          new RespuestaError(
              texto + " corresponde a varias entidades; indique cuál.",
              nombres(ambigua.candidatas()));
    } else if (resolucion instanceof Resolucion.Sugerencias sugerencias) {
      error =
          new RespuestaError(
              "No se encontró la entidad "
                  + texto
                  + ". ¿Quiso decir "
                  + sugerencias.candidatas().get(0).getNombre()
                  + "?",
              nombres(sugerencias.candidatas()));
    } else {
      error =
          new RespuestaError(
              "No se encontró la entidad "
                  + texto
                  + ". Escriba el nombre del estado, su abreviatura, las siglas de su OPL o su"
                  + " clave (01 a 32).");
    }
    throw new NotFoundException(Response.status(Response.Status.NOT_FOUND).entity(error).build());
  }

  /** El resolutor de las entidades registradas, el mismo que lee el campo de un oficio. */
  public ResolutorEntidad resolutor() {
    ResolutorEntidad actual = resolutor;
    if (actual == null) {
      actual = new ResolutorEntidad(entidades.todas());
      resolutor = actual;
    }
    return actual;
  }

  private static List<String> nombres(List<Entidad> candidatas) {
    return candidatas.stream().map(Entidad::getNombre).toList();
  }
}
