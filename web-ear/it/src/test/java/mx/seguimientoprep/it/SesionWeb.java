package mx.seguimientoprep.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lo que hace un navegador por HTTP, sin navegador: guarda la cookie de sesión, entra por el
 * formulario, lee el token CSRF de una página y llama a la API como los scripts de las páginas.
 */
final class SesionWeb {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  /**
   * @param base la raíz de la aplicación, {@code http://127.0.0.1:8080/prep/}
   */
  SesionWeb(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  HttpResponse<String> get(String ruta) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + ruta)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Entra por el formulario como una persona; da la respuesta del contenedor (una redirección). */
  HttpResponse<String> entrar(String usuario, String clave) throws Exception {
    get("/");
    return enviarFormulario(
        "/j_security_check", Map.of("j_username", usuario, "j_password", clave));
  }

  HttpResponse<String> enviarFormulario(String ruta, Map<String, String> campos) throws Exception {
    return enviarFormulario(ruta, campos, Map.of());
  }

  /**
   * El mismo formulario con las cabeceras que agrega un navegador ({@code Origin}, {@code
   * Sec-Fetch-Site}), para distinguir un formulario de este sitio del que envía otro.
   */
  HttpResponse<String> enviarFormulario(
      String ruta, Map<String, String> campos, Map<String, String> encabezados) throws Exception {
    StringBuilder cuerpo = new StringBuilder();
    campos.forEach(
        (k, v) ->
            cuerpo
                .append(cuerpo.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder peticion =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo.toString()));
    encabezados.forEach(peticion::header);
    return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** El origen de la aplicación como lo escribe un navegador en {@code Origin}. */
  String origen() {
    URI uri = URI.create(base);
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  /** El token CSRF que trae el tablero para esta sesión. */
  String token() throws Exception {
    Matcher m = TOKEN.matcher(get("/").body());
    if (!m.find()) {
      throw new AssertionError("La página no trae el token CSRF");
    }
    return m.group(1);
  }

  /** Una llamada JSON de los scripts de las páginas: cookie de sesión y el token si se da uno. */
  HttpResponse<String> api(String metodo, String ruta, String json, String token) throws Exception {
    HttpRequest.Builder peticion =
        HttpRequest.newBuilder(URI.create(base + "/api" + ruta))
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Content-Type", "application/json")
            .method(
                metodo,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      peticion.header("X-CSRF-Token", token);
    }
    return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> apiDesde(
      String origen, String metodo, String ruta, String json, String token) throws Exception {
    HttpRequest.Builder peticion =
        HttpRequest.newBuilder(URI.create(base + "/api" + ruta))
            .header("Content-Type", "application/json")
            .header("Origin", origen)
            .header("X-CSRF-Token", token)
            .method(metodo, HttpRequest.BodyPublishers.ofString(json));
    return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
