package mx.seguimientoprep.bot.oficio;

import java.util.Optional;
import mx.seguimientoprep.domain.oficio.NumeroOficio;

/**
 * Puerto: los oficios ya registrados, para rechazar un número repetido en cuanto se escribe y no
 * hasta [Guardar]. La aplicación lo implementa con el repositorio de oficios del dominio.
 */
public interface OficiosRegistrados {

  Optional<OficioExistente> buscar(NumeroOficio numero);
}
