package mx.seguimientoprep.persistence.sql;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Cuenta las sentencias SQL que Hibernate prepara en el hilo actual, para que una prueba o una
 * medición sepa cuántas sentencias cuesta un caso de uso (sin N+1). Registrado en persistence.xml
 * como {@code hibernate.session_factory.statement_inspector}; nunca cambia el SQL.
 */
public class ContadorSentencias implements StatementInspector {

  private static final long serialVersionUID = 1L;

  private static final ThreadLocal<long[]> CUENTA = ThreadLocal.withInitial(() -> new long[1]);

  @Override
  public String inspect(String sql) {
    CUENTA.get()[0]++;
    return sql;
  }

  /** Las sentencias preparadas en este hilo desde el último {@link #reiniciar()}. */
  public static long sentencias() {
    return CUENTA.get()[0];
  }

  public static void reiniciar() {
    CUENTA.get()[0] = 0;
  }
}
