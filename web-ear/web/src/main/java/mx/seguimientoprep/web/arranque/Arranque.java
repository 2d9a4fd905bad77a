package mx.seguimientoprep.web.arranque;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.seguimientoprep.domain.usuario.GestionarUsuarios;
import mx.seguimientoprep.domain.usuario.Rol;
import mx.seguimientoprep.persistence.esquema.MigracionEsquema;
import mx.seguimientoprep.web.Configuracion;
import org.eclipse.microprofile.health.Readiness;

/**
 * Prepares the application when it is deployed: migrates the schema, creates {@code admin} on an
 * empty user table, and loads the demo data into an empty database in demo mode.
 */
@ApplicationScoped
public class Arranque {

  private static final Logger LOG = Logger.getLogger(Arranque.class.getName());

  @Resource(lookup = "java:jboss/datasources/PrepDS")
  DataSource datasource;

  @Inject GestionarUsuarios usuarios;
  @Inject Configuracion configuracion;
  @Inject CargaDemo cargaDemo;
  @Inject @Readiness EstadoArranque estado;

  void alIniciar(@Observes Startup inicio) {
    int migraciones = new MigracionEsquema(datasource).migrar();
    LOG.info(
        () -> "Esquema de la base de datos al día (" + migraciones + " migraciones aplicadas).");
    crearAdministrador();
    if (configuracion.demo()) {
      cargaDemo.cargarSiVacia();
    }
    LOG.info(
        () ->
            "Seguimiento PREP listo en http://localhost:8080/prep/ ; fecha de referencia "
                + configuracion.fechaReferencia()
                + ".");
  }

  private void crearAdministrador() {
    if (usuarios.hayUsuarios()) {
      estado.cuentasListas();
      return;
    }
    var clave = configuracion.claveAdmin();
    if (clave.isEmpty()) {
      LOG.severe(
          "No hay ninguna cuenta y falta PREP_ADMIN_PASSWORD: defina la variable de entorno"
              + " PREP_ADMIN_PASSWORD (8 caracteres o más) y reinicie; se creará el usuario «admin»"
              + " con esa contraseña. Mientras tanto nadie puede iniciar sesión.");
      return;
    }
    usuarios.crear("admin", clave.get().toCharArray(), EnumSet.of(Rol.ADMIN, Rol.STAFF));
    estado.cuentasListas();
    LOG.info("Se creó el usuario «admin» con la contraseña de PREP_ADMIN_PASSWORD.");
  }
}
