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

/**
 * Prepara la aplicación al desplegarse: migra el esquema, crea {@code admin} si la tabla de
 * usuarios está vacía y, en modo de demostración, carga los datos de demostración en una base
 * vacía.
 *
 * <p>Un paso que falla hace fallar el despliegue con un mensaje en español que dice cuál: el EAR
 * nunca queda desplegado sin esquema ni cuentas. No depende de nada opcional del servidor
 * (MicroProfile Health lo publica aparte {@link SaludArranque}), para que Weld no pueda
 * descartarlo.
 */
@ApplicationScoped
public class Arranque {

  private static final Logger LOG = Logger.getLogger(Arranque.class.getName());

  @Resource(lookup = "java:jboss/datasources/PrepDS")
  DataSource datasource;

  @Inject GestionarUsuarios usuarios;
  @Inject Configuracion configuracion;
  @Inject CargaDemo cargaDemo;
  @Inject EstadoArranque estado;

  void alIniciar(@Observes Startup inicio) {
    paso(
        "crear o migrar el esquema de la base de datos java:jboss/datasources/PrepDS",
        () -> {
          int migraciones = new MigracionEsquema(datasource).migrar();
          LOG.info(
              () ->
                  "Esquema de la base de datos al día ("
                      + migraciones
                      + " migraciones aplicadas).");
        });
    paso("crear la cuenta «admin»", this::crearAdministrador);
    if (configuracion.demo()) {
      paso("cargar los datos de demostración", cargaDemo::cargarSiVacia);
    }
    LOG.info(
        () ->
            "Seguimiento PREP listo en http://localhost:8080/prep/ ; fecha de referencia "
                + configuracion.fechaReferencia()
                + ".");
  }

  /**
   * Ejecuta un paso del arranque; si falla, el despliegue falla (la excepción sale del observador
   * del arranque) con un mensaje que nombra el paso y la causa.
   */
  private static void paso(String que, Runnable accion) {
    try {
      accion.run();
    } catch (RuntimeException e) {
      String mensaje =
          "Seguimiento PREP no pudo arrancar y no queda desplegado: no se pudo "
              + que
              + ". Causa: "
              + causa(e)
              + ". Corrija la causa y vuelva a desplegar la aplicación.";
      LOG.severe(mensaje);
      throw new IllegalStateException(mensaje, e);
    }
  }

  private static String causa(Throwable e) {
    Throwable raiz = e;
    while (raiz.getCause() != null && raiz.getCause() != raiz) {
      raiz = raiz.getCause();
    }
    String mensaje = raiz.getMessage() == null ? raiz.getClass().getName() : raiz.getMessage();
    mensaje = mensaje.strip();
    return mensaje.endsWith(".") ? mensaje.substring(0, mensaje.length() - 1) : mensaje;
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
