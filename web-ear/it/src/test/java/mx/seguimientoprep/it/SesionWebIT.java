package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El inicio de sesión en las páginas por HTTP: el formulario, la sesión que usan los scripts de las
 * páginas para la API, el token CSRF que pide todo cambio, el cierre de sesión, las marcas de la
 * cookie y la página 403 en español de un consejero; los scripts con Basic siguen funcionando junto
 * a todo eso.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SesionWebIT {

  private static final String CONSEJERA = "consejera.sesion";
  private static final String CLAVE_CONSEJERA = "clave-consejera-1";

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private SesionWeb navegador() {
    return new SesionWeb(base.toString());
  }

  @Test
  void unaPaginaSinSesionMuestraElFormularioEnEspanol() throws Exception {
    HttpResponse<String> r = navegador().get("/entidad/10");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<h1>Iniciar sesión</h1>"), r.body());
    assertTrue(r.body().contains("j_security_check"), r.body());
    String cookie = r.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
  }

  @Test
  void unaContrasenaMalaVuelveAlFormularioConUnMensaje() throws Exception {
    HttpResponse<String> r = navegador().entrar(ClienteApi.ADMIN, "no-es-la-clave");
    assertTrue(r.body().contains("no son correctos"), r.body());
  }

  @Test
  void conSesionLaPaginaTraeElTokenYLaApiResponde() throws Exception {
    SesionWeb web = navegador();
    HttpResponse<String> entrada = web.entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(302, entrada.statusCode(), entrada.body());
    HttpResponse<String> tablero = web.get("/");
    assertEquals(200, tablero.statusCode());
    assertTrue(tablero.body().contains("Sesión de <strong>admin</strong>"), tablero.body());
    assertTrue(tablero.body().contains("href=\"/prep/importar\""), "el menú del admin");

    HttpResponse<String> entidades = web.api("GET", "/entidades", null, null);
    assertEquals(200, entidades.statusCode(), entidades.body());
    assertTrue(entidades.body().contains("\"Durango\""), entidades.body());
  }

  @Test
  void unCambioDesdeLaSesionSinTokenSeRechaza() throws Exception {
    SesionWeb web = navegador();
    web.entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    String oficio = "{\"entidad\": \"durango\"}";

    HttpResponse<String> sinToken = web.api("POST", "/oficios", oficio, null);
    assertEquals(403, sinToken.statusCode(), sinToken.body());
    assertTrue(sinToken.body().contains("recárguela"), sinToken.body());

    HttpResponse<String> tokenAjeno = web.api("POST", "/oficios", oficio, "token-inventado");
    assertEquals(403, tokenAjeno.statusCode(), tokenAjeno.body());

    // Con el token de la página la llamada llega al recurso, que encuentra los campos que faltan.
    HttpResponse<String> conToken = web.api("POST", "/oficios", oficio, web.token());
    assertEquals(422, conToken.statusCode(), conToken.body());

    HttpResponse<String> deOtroSitio =
        web.apiDesde("https://otro-sitio.example", "POST", "/oficios", oficio, web.token());
    assertEquals(403, deOtroSitio.statusCode(), deOtroSitio.body());
    assertTrue(deOtroSitio.body().contains("otro sitio"), deOtroSitio.body());
  }

  @Test
  void unInicioDeSesionEnviadoDesdeOtroSitioSeRechaza() throws Exception {
    Map<String, String> credenciales =
        Map.of("j_username", ClienteApi.ADMIN, "j_password", ClienteApi.CLAVE_ADMIN);

    SesionWeb web = navegador();
    web.get("/");
    HttpResponse<String> conOrigenAjeno =
        web.enviarFormulario(
            "/j_security_check", credenciales, Map.of("Origin", "https://otro-sitio.example"));
    assertEquals(403, conOrigenAjeno.statusCode(), conOrigenAjeno.body());
    assertTrue(conOrigenAjeno.body().contains("otro sitio"), conOrigenAjeno.body());
    // la sesión no quedó iniciada: la página sigue pidiendo entrar
    assertTrue(web.get("/").body().contains("<h1>Iniciar sesión</h1>"));

    SesionWeb otra = navegador();
    otra.get("/");
    HttpResponse<String> marcadaAjena =
        otra.enviarFormulario(
            "/j_security_check", credenciales, Map.of("Sec-Fetch-Site", "cross-site"));
    assertEquals(403, marcadaAjena.statusCode(), marcadaAjena.body());
    assertTrue(marcadaAjena.body().contains("otro sitio"), marcadaAjena.body());
  }

  @Test
  void elFormularioDeLaAplicacionIniciaSesionComoLoEnviaUnNavegador() throws Exception {
    SesionWeb web = navegador();
    web.get("/");
    HttpResponse<String> entrada =
        web.enviarFormulario(
            "/j_security_check",
            Map.of("j_username", ClienteApi.ADMIN, "j_password", ClienteApi.CLAVE_ADMIN),
            Map.of("Origin", web.origen(), "Sec-Fetch-Site", "same-origin"));
    assertEquals(302, entrada.statusCode(), entrada.body());
    assertTrue(web.get("/").body().contains("Sesión de <strong>admin</strong>"));
  }

  @Test
  void conBasicLosScriptsNoNecesitanToken() throws Exception {
    ClienteApi.Respuesta r =
        new ClienteApi(base + "api")
            .enviar(
                "POST",
                "/oficios",
                "application/json",
                "{\"entidad\": \"durango\"}".getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(422, r.estado(), r.cuerpo());
  }

  @Test
  void unaContrasenaMalaEnLaApiRecibeJsonYNoElFormulario() throws Exception {
    ClienteApi.Respuesta r = new ClienteApi(base + "api").get("/entidades", "admin", "mala-clave");
    assertEquals(401, r.estado());
    assertTrue(r.tipo().startsWith("application/json"), r.tipo());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("contraseña"), r.cuerpo());
  }

  @Test
  void alCerrarSesionLaApiYaNoResponde() throws Exception {
    SesionWeb web = navegador();
    web.entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    HttpResponse<String> salida = web.enviarFormulario("/salir", Map.of("_csrf", web.token()));
    assertEquals(302, salida.statusCode(), salida.body());
    assertTrue(salida.headers().firstValue("Location").orElse("").contains("/entrar"));

    HttpResponse<String> despues = web.api("GET", "/entidades", null, null);
    assertEquals(401, despues.statusCode(), despues.body());
    assertFalse(
        despues.headers().firstValue("WWW-Authenticate").isPresent(),
        "una llamada de las páginas no debe abrir el diálogo de contraseña del navegador");
    assertTrue(web.get("/").body().contains("Iniciar sesión"));
  }

  @Test
  void unConsejeroVeElTableroPeroNoLaPaginaDeImportar() throws Exception {
    ClienteApi.Respuesta creada =
        new ClienteApi(base + "api").crearCuenta(CONSEJERA, CLAVE_CONSEJERA, "consejero");
    assertEquals(201, creada.estado(), creada.cuerpo());

    SesionWeb web = navegador();
    assertEquals(302, web.entrar(CONSEJERA, CLAVE_CONSEJERA).statusCode());
    HttpResponse<String> tablero = web.get("/");
    assertEquals(200, tablero.statusCode());
    assertFalse(tablero.body().contains("/prep/importar"), "un consejero no ve Importar");

    for (String pagina : new String[] {"/importar", "/exportar", "/bot", "/usuarios"}) {
      HttpResponse<String> r = web.get(pagina);
      assertEquals(403, r.statusCode(), pagina);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(r.body().contains("Sin permiso"), r.body());
    }
  }
}
