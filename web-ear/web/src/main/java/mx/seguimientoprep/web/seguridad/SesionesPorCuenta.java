package mx.seguimientoprep.web.seguridad;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Terminar las sesiones de una cuenta (al desactivarla, al cambiar su contraseña o porque un
 * administrador lo pide) sin tener que encontrarlas: cada cuenta tiene una generación, que sube al
 * terminar sus sesiones, y cada sesión guarda la generación con la que inició sesión. Una sesión de
 * una generación anterior ya no vale: {@link FiltroSesionVigente} la cierra en su siguiente
 * solicitud.
 *
 * <p>Solo hay generación de las cuentas cuyas sesiones se terminaron alguna vez (lo decide un
 * administrador sobre cuentas que existen), así que el mapa no crece con lo que mande un extraño.
 * Las generaciones viven en memoria: al reiniciar el servidor no quedan sesiones que terminar; una
 * sesión marcada en otro arranque de la aplicación tampoco vale.
 */
public final class SesionesPorCuenta {

  private static final String ATRIBUTO = SesionesPorCuenta.class.getName();

  /** La marca que una sesión guarda al iniciar sesión. */
  record Marca(long arranque, String cuenta, long generacion) implements Serializable {}

  private final long arranque = new SecureRandom().nextLong();
  private final ConcurrentHashMap<String, Long> generaciones = new ConcurrentHashMap<>();

  /** La instancia de la aplicación, que instala {@link ExtensionDeAcceso}. */
  public static SesionesPorCuenta de(ServletContext contexto) {
    Object instancia = contexto.getAttribute(ATRIBUTO);
    if (instancia == null) {
      throw new IllegalStateException(
          "No se instaló el control de acceso (ExtensionDeAcceso): falta"
              + " META-INF/services/io.undertow.servlet.ServletExtension en el WAR.");
    }
    return (SesionesPorCuenta) instancia;
  }

  void instalarEn(ServletContext contexto) {
    contexto.setAttribute(ATRIBUTO, this);
  }

  /** La generación actual de la cuenta: la que marca una sesión que inicia ahora. */
  long generacion(String cuenta) {
    return generaciones.getOrDefault(clave(cuenta), 0L);
  }

  /** Marca la sesión como iniciada por la cuenta en la generación dada. */
  void marcar(HttpSession sesion, String cuenta, long generacion) {
    sesion.setAttribute(ATRIBUTO, new Marca(arranque, clave(cuenta), generacion));
  }

  /**
   * Termina todas las sesiones de la cuenta salvo {@code conservar} (la de quien pide el cambio, si
   * es una sesión de esa misma cuenta; puede ser {@code null}).
   */
  public synchronized void terminar(String cuenta, HttpSession conservar) {
    String clave = clave(cuenta);
    long siguiente = generaciones.getOrDefault(clave, 0L) + 1;
    // La sesión que se conserva se marca antes de subir la generación: ninguna solicitud suya ve
    // un momento en que ya no vale.
    if (conservar != null && esDe(conservar, clave)) {
      conservar.setAttribute(ATRIBUTO, new Marca(arranque, clave, siguiente));
    }
    generaciones.put(clave, siguiente);
  }

  /**
   * Si la sesión, con la que entró {@code cuenta}, sigue valiendo. Una sesión sin marca (entró por
   * un camino que no pasó por {@link ControlDeAcceso}) se marca ahora con la generación actual.
   */
  boolean vigente(HttpSession sesion, String cuenta) {
    String clave = clave(cuenta);
    if (!(sesion.getAttribute(ATRIBUTO) instanceof Marca marca)) {
      marcar(sesion, clave, generacion(clave));
      return true;
    }
    return marca.arranque() == arranque
        && marca.cuenta().equals(clave)
        && marca.generacion() >= generacion(clave);
  }

  private boolean esDe(HttpSession sesion, String clave) {
    return sesion.getAttribute(ATRIBUTO) instanceof Marca marca
        && marca.arranque() == arranque
        && marca.cuenta().equals(clave);
  }

  private static String clave(String cuenta) {
    return cuenta.strip().toLowerCase(Locale.ROOT);
  }
}
