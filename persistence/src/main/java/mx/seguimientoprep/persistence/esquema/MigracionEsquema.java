package mx.seguimientoprep.persistence.esquema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Lleva el esquema de la base a la última versión con las migraciones versionadas de {@code
 * db/migration}; los mismos scripts corren en H2 y en PostgreSQL. Hibernate nunca crea ni altera
 * tablas.
 */
public final class MigracionEsquema {

  private final DataSource datasource;

  public MigracionEsquema(DataSource datasource) {
    this.datasource = datasource;
  }

  /** Aplica las migraciones pendientes y devuelve cuántas aplicó. */
  public int migrar() {
    MigrateResult resultado =
        Flyway.configure(MigracionEsquema.class.getClassLoader())
            .dataSource(datasource)
            .locations("classpath:db/migration")
            .table("historial_esquema")
            .load()
            .migrate();
    return resultado.migrationsExecuted;
  }
}
