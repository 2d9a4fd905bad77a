package mx.seguimientoprep.hoja;

/**
 * Recibe, en el orden del archivo, cada fila de datos y cada hallazgo de una lectura. Las lecturas
 * no guardan filas: quien las recibe decide qué conservar, de modo que la memoria no crece con el
 * libro.
 */
public interface RowHandler {

  void fila(Fila fila);

  void error(Hallazgo error);

  void advertencia(Hallazgo advertencia);
}
