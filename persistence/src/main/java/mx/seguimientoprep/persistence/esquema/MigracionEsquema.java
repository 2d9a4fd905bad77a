package mx.seguimientoprep.persistence.esquema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the latest version with the versioned migrations in {@code
 * db/migration}; the same scripts run on H2 and on PostgreSQL. Hibernate never creates or alters
 * tables.
 */
public final class MigracionEsquema {

  private final DataSource datasource;

  public MigracionEsquema(DataSource datasource) {
    this.datasource = datasource;
  }

  /** Applies the pending migrations and returns how many were applied. */
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
