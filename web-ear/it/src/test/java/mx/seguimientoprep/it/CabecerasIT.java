package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Las cabeceras en que se apoya el navegador (política de contenido, marcos, tipo de contenido,
 * referente) en cada clase de respuesta del WAR: páginas, archivos estáticos, la API, el inicio de
 * sesión y los errores del contenedor, incluido el de una excepción; y las de la API, que no se
 * guardan en caché.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CabecerasIT {

  static final String POLITICA =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

  private static final String CONSEJERA = "consejera.cabeceras";
  private static final String CLAVE_CONSEJERA = "clave-consejera-2";

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas(FallaAProposito.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void lasPaginasYLosArchivosEstaticos() throws Exception {
    SesionWeb web = new SesionWeb(base.toString());
    HttpResponse<String> formulario = web.get("/");
    assertTrue(formulario.body().contains("j_security_check"), formulario.body());
    conCabeceras(formulario, "el formulario de inicio de sesión");

    HttpResponse<String> entrada = web.entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(302, entrada.statusCode());
    conCabeceras(entrada, "la redirección tras iniciar sesión");
    HttpResponse<String> tablero = web.get("/");
    assertTrue(tablero.body().contains("Sesión de <strong>admin</strong>"));
    conCabeceras(tablero, "el tablero");
    conCabeceras(web.get("/entidad/10"), "la página de una entidad");

    conCabeceras(get("/estatico/prep.css", false), "la hoja de estilos");
    conCabeceras(get("/estatico/comun.js", false), "un script");

    HttpResponse<String> fallida = new SesionWeb(base.toString()).entrar("admin", "no-es-la-clave");
    assertTrue(fallida.body().contains("no son correctos"), fallida.body());
    conCabeceras(fallida, "el formulario tras una contraseña mala");
  }

  @Test
  void laApiNoSeGuardaEnCache() throws Exception {
    for (HttpResponse<String> r :
        List.of(
            get("/api/entidades", true),
            get("/api/entidades", false),
            get("/api/entidades/no-existe-esta/estado", true),
            enviar("DELETE", "/api/entidades", true),
            enviar("POST", "/api/telegram/webhook", false))) {
      String que = r.request().method() + " " + r.uri() + " → " + r.statusCode();
      assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"), que);
      conCabeceras(r, que);
      assertEquals(List.of("no-store"), r.headers().allValues("Cache-Control"), que);
    }
  }

  @Test
  void losErroresDelContenedor() throws Exception {
    HttpResponse<String> noExiste = get("/no-existe/pagina", true);
    assertEquals(404, noExiste.statusCode());
    assertTrue(noExiste.body().contains("Página no encontrada"), noExiste.body());
    conCabeceras(noExiste, "una página que no existe");
    HttpResponse<String> estatico = get("/estatico/no-existe.js", false);
    assertEquals(404, estatico.statusCode());
    conCabeceras(estatico, "un archivo estático que no existe");

    HttpResponse<String> falla = get("/prueba/falla", true);
    assertEquals(500, falla.statusCode(), falla.body());
    assertTrue(falla.body().contains("Error interno"), falla.body());
    conCabeceras(falla, "la página de un error interno");

    new ClienteApi(base + "api").crearCuenta(CONSEJERA, CLAVE_CONSEJERA, "consejero");
    SesionWeb consejera = new SesionWeb(base.toString());
    assertEquals(302, consejera.entrar(CONSEJERA, CLAVE_CONSEJERA).statusCode());
    HttpResponse<String> prohibida = consejera.get("/importar");
    assertEquals(403, prohibida.statusCode());
    assertTrue(prohibida.body().contains("Sin permiso"), prohibida.body());
    conCabeceras(prohibida, "la página de sin permiso");
  }

  private static void conCabeceras(HttpResponse<?> r, String que) {
    String donde = que + " (" + r.uri() + ", " + r.statusCode() + ")";
    assertEquals(List.of(POLITICA), r.headers().allValues("Content-Security-Policy"), donde);
    assertEquals(List.of("DENY"), r.headers().allValues("X-Frame-Options"), donde);
    assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), donde);
    assertEquals(List.of("same-origin"), r.headers().allValues("Referrer-Policy"), donde);
  }

  private HttpResponse<String> get(String ruta, boolean comoAdmin) throws Exception {
    return enviar("GET", ruta, comoAdmin);
  }

  private HttpResponse<String> enviar(String metodo, String ruta, boolean comoAdmin)
      throws Exception {
    HttpRequest.Builder peticion =
        HttpRequest.newBuilder(URI.create(base + ruta.substring(1)))
            .method(metodo, HttpRequest.BodyPublishers.noBody());
    if (comoAdmin) {
      String credenciales = ClienteApi.ADMIN + ":" + ClienteApi.CLAVE_ADMIN;
      peticion.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
