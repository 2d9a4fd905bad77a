package mx.seguimientoprep.web.seguridad;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import mx.seguimientoprep.web.pagina.InicioSesion;

/**
 * Cada intento de iniciar sesión (el formulario, {@code POST …/j_security_check}, o una llamada con
 * {@code Authorization: Basic}) pasa por aquí antes de que el servidor compruebe la contraseña:
 *
 * <ul>
 *   <li>si la pareja (dirección, cuenta) debe esperar ({@link LimiteDeIntentos}), la contraseña no
 *       se comprueba: 429 con {@code Retry-After} y un mensaje en español (JSON para la API y los
 *       scripts; el formulario con el aviso para una persona). Así un extraño no puede seguir
 *       probando, ni siquiera saber si acertó, y tampoco hace trabajar al servidor con cada hash;
 *   <li>si no, se comprueba como siempre y al terminar se anota el resultado: un 401 es un fallo,
 *       que se registra (WARN, con la dirección, nunca la contraseña); una respuesta correcta borra
 *       los fallos de la pareja;
 *   <li>una sesión que se abre con el formulario guarda la generación de su cuenta ({@link
 *       SesionesPorCuenta}), leída antes de comprobar la contraseña.
 * </ul>
 *
 * <p>Es un handler de Undertow y no un filtro de servlets porque los filtros corren después de la
 * autenticación: un {@code j_security_check} correcto lo contesta el mecanismo FORM con su
 * redirección sin pasar por ningún filtro. {@link ExtensionDeAcceso} lo pone en la cadena de la
 * aplicación, antes de la seguridad y solo para solicitudes que llegan de fuera (no reenvíos
 * internos).
 *
 * <p>La dirección es la del cliente según Undertow: la del otro extremo de la conexión, o la de
 * {@code X-Forwarded-For} solo si el administrador activó {@code proxy-address-forwarding} en el
 * listener (detrás de un proxy inverso). Sin eso, un {@code X-Forwarded-For} inventado no cambia
 * nada.
 */
final class ControlDeAcceso implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(ControlDeAcceso.class.getName());

  static final int DEMASIADAS_SOLICITUDES = 429;

  private static final Pattern TOKEN_DE_CALENDARIO = Pattern.compile("/calendario/[^/?]*");

  private final HttpHandler siguiente;
  private final LimiteDeIntentos limite;
  private final SesionesPorCuenta sesiones;

  ControlDeAcceso(HttpHandler siguiente, LimiteDeIntentos limite, SesionesPorCuenta sesiones) {
    this.siguiente = siguiente;
    this.limite = limite;
    this.sesiones = sesiones;
  }

  /** Un intento de iniciar sesión: la cuenta que nombra y por dónde llegó. */
  private record Intento(String cuenta, boolean formulario) {

    String via() {
      return formulario ? "formulario" : "HTTP Basic";
    }
  }

  @Override
  public void handleRequest(HttpServerExchange intercambio) throws Exception {
    ServletRequestContext contexto =
        intercambio.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
    if (contexto == null
        || !(contexto.getServletRequest() instanceof HttpServletRequest peticion)
        || !(contexto.getServletResponse() instanceof HttpServletResponse respuesta)) {
      siguiente.handleRequest(intercambio);
      return;
    }
    Intento intento = intento(peticion);
    if (intento == null) {
      siguiente.handleRequest(intercambio);
      return;
    }
    InetAddress origen = origen(intercambio);
    String direccion = LimiteDeIntentos.direccion(origen);
    Duration espera = limite.reservar(direccion, intento.cuenta());
    if (!espera.isZero()) {
      LOG.fine(
          () ->
              "Intento de iniciar sesión como «"
                  + intento.cuenta()
                  + "» desde "
                  + legible(origen)
                  + " rechazado sin comprobar la contraseña: espera "
                  + LimiteDeIntentos.enPalabras(espera));
      rechazar(intento, espera, peticion, respuesta);
      return;
    }
    long generacion = sesiones.generacion(intento.cuenta());
    String ruta = paraElRegistro(peticion.getRequestURI());
    intercambio.addExchangeCompleteListener(
        (terminado, siguienteAviso) -> {
          try {
            anotar(intento, direccion, origen, ruta, terminado.getStatusCode());
          } finally {
            siguienteAviso.proceed();
          }
        });
    siguiente.handleRequest(intercambio);
    if (intento.formulario() && esRedireccion(intercambio.getStatusCode())) {
      HttpSession sesion = peticion.getSession(false);
      Principal quien = peticion.getUserPrincipal();
      if (sesion != null && quien != null) {
        sesiones.marcar(sesion, quien.getName(), generacion);
      }
    }
  }

  private void anotar(
      Intento intento, String direccion, InetAddress origen, String ruta, int estado) {
    if (estado == HttpServletResponse.SC_UNAUTHORIZED) {
      LimiteDeIntentos.Fallo fallo = limite.fallo(direccion, intento.cuenta());
      LOG.warning(
          "Inicio de sesión fallido como «"
              + intento.cuenta()
              + "» desde "
              + legible(origen)
              + " ("
              + intento.via()
              + ", "
              + ruta
              + "): "
              + (fallo.seguidos() == 1 ? "1 fallo seguido" : fallo.seguidos() + " fallos seguidos")
              + (fallo.espera().isZero()
                  ? ""
                  : "; el siguiente intento desde esa dirección espera "
                      + LimiteDeIntentos.enPalabras(fallo.espera())));
    } else if (estado < 400) {
      limite.acierto(direccion, intento.cuenta());
    } else {
      limite.liberar(direccion, intento.cuenta());
    }
  }

  private static void rechazar(
      Intento intento, Duration espera, HttpServletRequest peticion, HttpServletResponse respuesta)
      throws IOException {
    String mensaje =
        "Demasiados intentos fallidos de iniciar sesión con esta cuenta desde su dirección. Espere "
            + LimiteDeIntentos.enPalabras(espera)
            + " e inténtelo de nuevo.";
    respuesta.setStatus(DEMASIADAS_SOLICITUDES);
    respuesta.setHeader(
        "Retry-After", String.valueOf(LimiteDeIntentos.segundosHaciaArriba(espera)));
    respuesta.setHeader("Cache-Control", "no-store");
    if (intento.formulario()) {
      // El formulario de siempre, con el aviso. Se escribe aquí: un reenvío a /entrar antes de la
      // seguridad falla (la cadena interna de Elytron espera su contexto de seguridad).
      respuesta.setContentType("text/html;charset=UTF-8");
      respuesta
          .getWriter()
          .write(
              InicioSesion.formulario(
                  peticion.getServletContext(), peticion.getContextPath(), mensaje, "aviso error"));
      return;
    }
    respuesta.setContentType("application/json;charset=UTF-8");
    respuesta.getWriter().write("{\"mensaje\":\"" + mensaje + "\"}");
  }

  /** El intento que trae la solicitud, o {@code null} si no trae ninguno. */
  private static Intento intento(HttpServletRequest peticion) {
    String autorizacion = peticion.getHeader("Authorization");
    if (autorizacion != null
        && autorizacion.regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
      String cuenta = cuentaDeBasic(autorizacion.substring("Basic ".length()).strip());
      return cuenta == null ? null : new Intento(cuenta, false);
    }
    if ("POST".equalsIgnoreCase(peticion.getMethod())
        && peticion.getRequestURI().endsWith("/j_security_check")) {
      // Los parámetros se leen como los leerá después el mecanismo FORM (la misma solicitud del
      // servlet, que los guarda una vez leídos).
      String cuenta = peticion.getParameter("j_username");
      return cuenta == null || cuenta.isBlank()
          ? null
          : new Intento(LimiteDeIntentos.cuenta(cuenta), true);
    }
    return null;
  }

  /** La cuenta de unas credenciales Basic (lo que va antes de «:»); la contraseña no se guarda. */
  private static String cuentaDeBasic(String codificado) {
    byte[] decodificado;
    try {
      decodificado = Base64.getDecoder().decode(codificado);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String credenciales = new String(decodificado, StandardCharsets.UTF_8);
    int dosPuntos = credenciales.indexOf(':');
    String cuenta = dosPuntos < 0 ? credenciales : credenciales.substring(0, dosPuntos);
    return cuenta.isBlank() ? null : LimiteDeIntentos.cuenta(cuenta);
  }

  private static InetAddress origen(HttpServerExchange intercambio) {
    InetSocketAddress fuente = intercambio.getSourceAddress();
    return fuente == null ? null : fuente.getAddress();
  }

  private static String legible(InetAddress origen) {
    return origen == null ? "una dirección desconocida" : origen.getHostAddress();
  }

  /**
   * Una ruta que escribe el cliente, sin caracteres de control y de 200 caracteres a lo más, y sin
   * el token de un calendario personal (que es su credencial).
   */
  static String paraElRegistro(String ruta) {
    String texto = TOKEN_DE_CALENDARIO.matcher(ruta).replaceAll("/calendario/…");
    StringBuilder limpio = new StringBuilder();
    for (int i = 0; i < texto.length() && limpio.length() < 200; i++) {
      char c = texto.charAt(i);
      limpio.append(Character.isISOControl(c) ? '?' : c);
    }
    return limpio.toString();
  }

  private static boolean esRedireccion(int estado) {
    return estado >= 300 && estado < 400;
  }
}
