package mx.seguimientoprep.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Solicitudes HTTP que salen de otra dirección de la máquina (127.0.0.2): java.net.http no deja
 * elegir la dirección local, un {@link Socket} sí. HTTP/1.0 con la conexión cerrada al final, para
 * leer la respuesta hasta el fin sin trozos.
 */
final class HttpDesde {

  record Respuesta(int estado, Map<String, String> encabezados, String cuerpo) {

    String encabezado(String nombre) {
      return encabezados.get(nombre.toLowerCase(Locale.ROOT));
    }
  }

  private final String local;
  private final URI base;

  /**
   * @param local la dirección de origen, {@code 127.0.0.2}
   * @param base la raíz de la aplicación, {@code http://127.0.0.1:8080/prep/}
   */
  HttpDesde(String local, String base) {
    this.local = local;
    this.base = URI.create(base.endsWith("/") ? base : base + "/");
  }

  /** Un GET con credenciales Basic y los encabezados que se den. */
  Respuesta get(String ruta, String usuario, String clave, Map<String, String> extra)
      throws IOException {
    Map<String, String> encabezados = new LinkedHashMap<>(extra);
    String credenciales = usuario + ":" + clave;
    encabezados.put(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)));
    return enviar("GET", ruta, encabezados, null);
  }

  /** El formulario de entrada, como lo manda un navegador. */
  Respuesta entrar(String usuario, String clave) throws IOException {
    String cuerpo =
        "j_username="
            + URLEncoder.encode(usuario, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(clave, StandardCharsets.UTF_8);
    return enviar(
        "POST",
        "j_security_check",
        Map.of("Content-Type", "application/x-www-form-urlencoded"),
        cuerpo.getBytes(StandardCharsets.UTF_8));
  }

  private Respuesta enviar(
      String metodo, String ruta, Map<String, String> encabezados, byte[] cuerpo)
      throws IOException {
    URI destino = base.resolve(ruta.startsWith("/") ? ruta.substring(1) : ruta);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(destino.getHost(), destino.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      StringBuilder peticion =
          new StringBuilder(metodo)
              .append(' ')
              .append(destino.getRawPath())
              .append(destino.getRawQuery() == null ? "" : "?" + destino.getRawQuery())
              .append(" HTTP/1.0\r\nHost: ")
              .append(destino.getHost())
              .append(':')
              .append(destino.getPort())
              .append("\r\nConnection: close\r\n");
      encabezados.forEach((k, v) -> peticion.append(k).append(": ").append(v).append("\r\n"));
      if (cuerpo != null) {
        peticion.append("Content-Length: ").append(cuerpo.length).append("\r\n");
      }
      peticion.append("\r\n");
      OutputStream salida = socket.getOutputStream();
      salida.write(peticion.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (cuerpo != null) {
        salida.write(cuerpo);
      }
      salida.flush();
      return leer(socket.getInputStream());
    }
  }

  private static Respuesta leer(InputStream entrada) throws IOException {
    ByteArrayOutputStream todo = new ByteArrayOutputStream();
    entrada.transferTo(todo);
    String texto = todo.toString(StandardCharsets.UTF_8);
    int finEncabezados = texto.indexOf("\r\n\r\n");
    String[] lineas = texto.substring(0, finEncabezados).split("\r\n");
    int estado = Integer.parseInt(lineas[0].split(" ")[1]);
    Map<String, String> encabezados = new LinkedHashMap<>();
    for (int i = 1; i < lineas.length; i++) {
      int dosPuntos = lineas[i].indexOf(':');
      encabezados.put(
          lineas[i].substring(0, dosPuntos).strip().toLowerCase(Locale.ROOT),
          lineas[i].substring(dosPuntos + 1).strip());
    }
    return new Respuesta(estado, encabezados, texto.substring(finEncabezados + 4));
  }
}
