package mx.seguimientoprep.hoja;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Guarda todo lo que entrega una lectura, para que la prueba lo mire. */
class Recolector implements RowHandler {

  final List<Fila> filas = new ArrayList<>();
  final List<Hallazgo> errores = new ArrayList<>();
  final List<Hallazgo> advertencias = new ArrayList<>();

  @Override
  public void fila(Fila fila) {
    filas.add(fila);
  }

  @Override
  public void error(Hallazgo error) {
    errores.add(error);
  }

  @Override
  public void advertencia(Hallazgo advertencia) {
    advertencias.add(advertencia);
  }

  List<Fila> filasDe(Hoja hoja) {
    return filas.stream().filter(fila -> fila.hoja() == hoja).toList();
  }

  Fila fila(Hoja hoja, int numero) {
    return filas.stream()
        .filter(fila -> fila.hoja() == hoja && fila.numero() == numero)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No se leyó la fila " + numero + " de " + hoja));
  }

  /** Los mensajes como los vería una persona: ubicación y mensaje, uno por línea. */
  static String comoTexto(List<Hallazgo> hallazgos) {
    return hallazgos.stream()
        .map(h -> h.ubicacion() + ": " + h.mensaje())
        .collect(Collectors.joining("\n"));
  }
}
