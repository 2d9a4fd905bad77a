package mx.seguimientoprep.hoja;

/**
 * Un error o una advertencia de la lectura, ubicado como lo busca una persona: la hoja, la fila
 * como la muestra Excel (0 si es de toda la hoja o del libro), la columna ({@code null} si no es de
 * una), el valor tal como se escribió y el mensaje en español.
 */
public record Hallazgo(String hoja, int fila, String columna, String valor, String mensaje) {

  /** Un valor citado en un mensaje no necesita más; una celda puede traer 32 767 caracteres. */
  static final int LARGO_DEL_VALOR_CITADO = 200;

  public Hallazgo {
    if (valor != null && valor.length() > LARGO_DEL_VALOR_CITADO) {
      valor = valor.substring(0, LARGO_DEL_VALOR_CITADO) + "…";
    }
  }

  /** Un hallazgo de todo el libro: no es de ninguna hoja. */
  public static Hallazgo delLibro(String mensaje) {
    return new Hallazgo(null, 0, null, null, mensaje);
  }

  /** Un hallazgo de toda una hoja. */
  public static Hallazgo deLaHoja(String hoja, String mensaje) {
    return new Hallazgo(hoja, 0, null, null, mensaje);
  }

  /** Dónde está, como se lo diría a una persona: {@code Oficios, fila 7, columna «Fecha»}. */
  public String ubicacion() {
    StringBuilder texto = new StringBuilder(hoja == null ? "Libro" : "Hoja «" + hoja + "»");
    if (fila > 0) {
      texto.append(", fila ").append(fila);
    }
    if (columna != null) {
      texto.append(", columna «").append(columna).append('»');
    }
    return texto.toString();
  }
}
