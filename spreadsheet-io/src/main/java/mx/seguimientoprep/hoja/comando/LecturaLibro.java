package mx.seguimientoprep.hoja.comando;

import java.util.List;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;

/**
 * Lo que se leyó de un libro: los comandos de las filas sin errores, todos los errores ubicados (de
 * lectura y de cada fila) y los avisos. Con un solo error no debe aplicarse nada.
 */
public record LecturaLibro(
    List<Comando> comandos, List<ErrorDeRegistro> errores, List<AvisoDeRegistro> avisos) {

  public LecturaLibro {
    comandos = List.copyOf(comandos);
    errores = List.copyOf(errores);
    avisos = List.copyOf(avisos);
  }

  public boolean conErrores() {
    return !errores.isEmpty();
  }

  /** Los comandos de una hoja, en el orden del libro. */
  public List<Comando> comandosDe(TipoDeRegistro hoja) {
    return comandos.stream().filter(comando -> comando.hoja() == hoja).toList();
  }
}
