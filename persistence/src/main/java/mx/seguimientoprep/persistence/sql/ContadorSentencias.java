package mx.seguimientoprep.persistence.sql;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements that Hibernate prepares on the current thread, so that a test or a
 * benchmark can tell how many statements a use case costs (no N+1). Registered in persistence.xml
 * as {@code hibernate.session_factory.statement_inspector}; it never changes the SQL.
 */
public class ContadorSentencias implements StatementInspector {

  private static final long serialVersionUID = 1L;

  private static final ThreadLocal<long[]> CUENTA = ThreadLocal.withInitial(() -> new long[1]);

  @Override
  public String inspect(String sql) {
    CUENTA.get()[0]++;
    return sql;
  }

  /** Statements prepared on this thread since the last {@link #reiniciar()}. */
  public static long sentencias() {
    return CUENTA.get()[0];
  }

  public static void reiniciar() {
    CUENTA.get()[0] = 0;
  }
}
