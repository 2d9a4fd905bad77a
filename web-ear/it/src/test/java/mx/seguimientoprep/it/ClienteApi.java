package mx.seguimientoprep.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Un cliente HTTP de la API como lo usaría un script: inicio de sesión Basic, respuestas JSON. */
final class ClienteApi {

  static final String ADMIN = "admin";

  /**
   * La contraseña de admin del servidor de prueba (PREP_ADMIN_PASSWORD en la configuración de
   * failsafe).
   */
  static final String CLAVE_ADMIN = "clave-de-pruebas-it";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  ClienteApi(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  record Respuesta(int estado, String cuerpo, String tipo) {
    JsonStructure json() {
      return Json.createReader(new StringReader(cuerpo)).read();
    }
  }

  Respuesta get(String ruta, String usuario, String clave) throws Exception {
    HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(base + ruta)).GET();
    if (usuario != null) {
      String credenciales = usuario + ":" + clave;
      peticion.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> respuesta =
        http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Respuesta(
        respuesta.statusCode(),
        respuesta.body(),
        respuesta.headers().firstValue("Content-Type").orElse(""));
  }

  Respuesta enviar(
      String metodo, String ruta, String tipo, byte[] cuerpo, String usuario, String clave)
      throws Exception {
    HttpRequest.Builder peticion =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .method(metodo, HttpRequest.BodyPublishers.ofByteArray(cuerpo))
            .header("Content-Type", tipo);
    if (usuario != null) {
      String credenciales = usuario + ":" + clave;
      peticion.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> respuesta =
        http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Respuesta(
        respuesta.statusCode(),
        respuesta.body(),
        respuesta.headers().firstValue("Content-Type").orElse(""));
  }

  /** Sube un archivo en el campo multipart {@code archivo}, como un formulario web o curl -F. */
  Respuesta subir(String ruta, String nombreArchivo, byte[] archivo, String usuario, String clave)
      throws Exception {
    String limite = "----prep" + System.nanoTime();
    java.io.ByteArrayOutputStream cuerpo = new java.io.ByteArrayOutputStream();
    cuerpo.write(
        ("--"
                + limite
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
                + nombreArchivo
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    cuerpo.write(archivo);
    cuerpo.write(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return enviar(
        "POST",
        ruta,
        "multipart/form-data; boundary=" + limite,
        cuerpo.toByteArray(),
        usuario,
        clave);
  }

  /** Los bytes tal cual de una descarga, con su estado y sus cabeceras. */
  HttpResponse<byte[]> descargar(String ruta, String usuario, String clave) throws Exception {
    String credenciales = usuario + ":" + clave;
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    return http.send(peticion, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Crea una cuenta con un rol por la API, como el administrador ({@code POST /usuarios}). */
  Respuesta crearCuenta(String nombre, String clave, String rol) throws Exception {
    String json =
        "{\"nombre\": \"%s\", \"clave\": \"%s\", \"roles\": [\"%s\"]}"
            .formatted(nombre, clave, rol);
    return enviar(
        "POST",
        "/usuarios",
        "application/json",
        json.getBytes(StandardCharsets.UTF_8),
        ADMIN,
        CLAVE_ADMIN);
  }

  Respuesta comoAdmin(String ruta) throws Exception {
    return get(ruta, ADMIN, CLAVE_ADMIN);
  }

  static String codificar(String texto) {
    return URLEncoder.encode(texto, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
