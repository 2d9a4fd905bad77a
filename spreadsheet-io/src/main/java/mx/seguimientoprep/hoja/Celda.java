package mx.seguimientoprep.hoja;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * El valor de una celda tal como llegó, sin interpretar: un texto, un número o una fecha real de
 * Excel. Un texto que empieza con {@code =}, {@code +}, {@code -} o {@code @} es solo texto: nada
 * se evalúa.
 */
public sealed interface Celda {

  /** El valor como lo ve la persona en la hoja; con él se citan los valores en los mensajes. */
  String texto();

  default boolean enBlanco() {
    return texto().isBlank();
  }

  /** Una celda de texto (compartido o en línea), o el resultado de texto de una fórmula. */
  record Texto(String texto) implements Celda {
    public Texto {
      Objects.requireNonNull(texto, "texto");
    }
  }

  /** Una celda numérica sin formato de fecha; {@code texto} es como Excel la muestra. */
  record Numero(double valor, String texto) implements Celda {
    public Numero {
      Objects.requireNonNull(texto, "texto");
    }

    public Numero(double valor) {
      this(valor, BigDecimal.valueOf(valor).stripTrailingZeros().toPlainString());
    }

    public boolean entero() {
      return valor == Math.rint(valor) && !Double.isInfinite(valor);
    }
  }

  /** Una fecha real de Excel: un número con formato de fecha; se muestra {@code dd/mm/aaaa}. */
  record Fecha(LocalDate valor, String texto) implements Celda {
    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Fecha {
      Objects.requireNonNull(valor, "valor");
      Objects.requireNonNull(texto, "texto");
    }

    public Fecha(LocalDate valor) {
      this(valor, DIA.format(valor));
    }
  }
}
