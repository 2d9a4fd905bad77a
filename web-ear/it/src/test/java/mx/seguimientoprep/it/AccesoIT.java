package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quién puede entrar y quién no (issue 10, punto 4): un extraño que prueba contraseñas de {@code
 * admin} desde su dirección espera, cada vez más, mientras el dueño entra desde la suya; cada fallo
 * queda en el registro con su dirección; una cuenta desactivada recibe 401 y su sesión abierta se
 * cierra; cambiar una contraseña cierra las otras sesiones de la cuenta.
 *
 * <p>El extraño sale de 127.0.0.2 ({@link HttpDesde}); el dueño, como el resto de las pruebas, de
 * 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccesoIT {

  private static final String EXTRANO = "127.0.0.2";

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private ClienteApi api() {
    return new ClienteApi(base + "api");
  }

  private SesionWeb navegador() {
    return new SesionWeb(base.toString());
  }

  @Test
  void unExtranoEsperaCadaVezMasMientrasElDuenoEntraDesdeSuDireccion() throws Exception {
    HttpDesde extrano = new HttpDesde(EXTRANO, base.toString());

    // Contraseñas malas de admin desde otra dirección, respetando cada espera, hasta que la
    // espera sea larga (16 s): antes, la décima bloqueaba la cuenta para todas las direcciones.
    List<Integer> esperas = new ArrayList<>();
    for (int i = 1; i <= 14 && (esperas.isEmpty() || esperas.get(esperas.size() - 1) < 16); i++) {
      HttpDesde.Respuesta r = extrano.get("api/entidades", ClienteApi.ADMIN, "mala-" + i, Map.of());
      if (r.estado() == 429) {
        int segundos = Integer.parseInt(r.encabezado("Retry-After"));
        esperas.add(segundos);
        assertTrue(r.encabezado("Content-Type").startsWith("application/json"), r.cuerpo());
        assertTrue(r.cuerpo().contains("Demasiados intentos fallidos"), r.cuerpo());
        assertTrue(r.cuerpo().contains("Espere " + segundos + " segundo"), r.cuerpo());
        if (segundos < 16) {
          Thread.sleep(segundos * 1000L + 100);
        }
      } else {
        assertEquals(401, r.estado(), r.cuerpo());
      }
    }

    // El dueño, desde su dirección, entra con HTTP Basic y con el formulario.
    assertEquals(200, api().comoAdmin("/entidades").estado(), "admin desde 127.0.0.1");
    SesionWeb dueno = navegador();
    assertEquals(302, dueno.entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).statusCode());
    assertEquals(200, dueno.api("GET", "/entidades", null, null).statusCode());

    // Las esperas crecen: 2, 4, 8 y 16 segundos (redondeadas hacia arriba).
    assertTrue(esperas.size() >= 4, "esperas: " + esperas);
    for (int i = 1; i < esperas.size(); i++) {
      assertTrue(esperas.get(i) > esperas.get(i - 1), "esperas: " + esperas);
    }

    // Mientras espera, el extraño ni con la contraseña buena entra: no se comprueba.
    HttpDesde.Respuesta buena =
        extrano.get("api/entidades", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN, Map.of());
    assertEquals(429, buena.estado(), buena.cuerpo());
    assertNotNull(buena.encabezado("Retry-After"));
    // Un X-Forwarded-For inventado no cambia su dirección (el servidor no está tras un proxy).
    HttpDesde.Respuesta disfrazada =
        extrano.get(
            "api/entidades",
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN,
            Map.of("X-Forwarded-For", "198.51.100.23"));
    assertEquals(429, disfrazada.estado(), disfrazada.cuerpo());
    // El formulario le muestra el aviso.
    HttpDesde.Respuesta formulario = extrano.entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(429, formulario.estado(), formulario.cuerpo());
    assertTrue(formulario.encabezado("Content-Type").startsWith("text/html"));
    assertTrue(formulario.cuerpo().contains("<h1>Iniciar sesión</h1>"), formulario.cuerpo());
    assertTrue(
        formulario
            .cuerpo()
            .contains("Demasiados intentos fallidos de iniciar sesión con esta cuenta"),
        formulario.cuerpo());

    // Cada fallo quedó en el registro del servidor, con su dirección y sin la contraseña.
    List<String> registro =
        Files.readAllLines(
            Path.of(System.getProperty("prep.base"), "log", "server.log"), StandardCharsets.UTF_8);
    List<String> fallos =
        registro.stream()
            .filter(l -> l.contains("Inicio de sesión fallido como «admin» desde " + EXTRANO))
            .toList();
    assertTrue(fallos.size() >= 8, "un aviso por fallo en el registro del servidor: " + fallos);
    assertTrue(fallos.stream().allMatch(l -> l.contains(" WARN")), fallos.toString());
    assertTrue(fallos.get(fallos.size() - 1).contains("espera 16 segundos"), fallos.toString());
    assertFalse(registro.stream().anyMatch(l -> l.contains("mala-")), "una contraseña escrita");
  }

  @Test
  void unaCuentaDesactivadaRecibe401YSuSesionSeCierra() throws Exception {
    String cuenta = "acceso.desactivada";
    String clave = "clave-desactivada-1";
    crear(cuenta, clave, "consejero");
    SesionWeb sesion = navegador();
    assertEquals(302, sesion.entrar(cuenta, clave).statusCode());
    assertEquals(200, sesion.api("GET", "/entidades", null, null).statusCode());

    ClienteApi.Respuesta desactivada = activar(cuenta, false);
    assertEquals(200, desactivada.estado(), desactivada.cuerpo());
    assertTrue(desactivada.cuerpo().contains("Se desactivó la cuenta"), desactivada.cuerpo());

    HttpResponse<String> conSesion = sesion.api("GET", "/entidades", null, null);
    assertEquals(401, conSesion.statusCode(), conSesion.body());
    assertTrue(conSesion.body().contains("Su sesión terminó"), conSesion.body());
    assertTrue(sesion.get("/").body().contains("Iniciar sesión"), "la sesión ya no existe");
    assertEquals(401, api().get("/entidades", cuenta, clave).estado(), "con HTTP Basic");
    assertTrue(
        navegador().entrar(cuenta, clave).body().contains("no son correctos"), "con el formulario");
    assertFalse(lista().get(cuenta).asJsonObject().getBoolean("activo"));

    assertEquals(200, activar(cuenta, true).estado());
    assertEquals(200, api().get("/entidades", cuenta, clave).estado(), "activa de nuevo");
    assertTrue(lista().get(cuenta).asJsonObject().getBoolean("activo"));
  }

  @Test
  void nadieDesactivaSuPropiaCuenta() throws Exception {
    ClienteApi.Respuesta r = activar(ClienteApi.ADMIN, false);
    assertEquals(422, r.estado(), r.cuerpo());
    assertTrue(r.cuerpo().contains("No puede desactivar su propia cuenta"), r.cuerpo());
    assertEquals(422, activar("no.existe", false).estado());
    assertEquals(200, api().comoAdmin("/entidades").estado());
  }

  @Test
  void cerrarLasSesionesDeUnaCuentaLaSacaSinDesactivarla() throws Exception {
    String cuenta = "acceso.sesiones";
    String clave = "clave-sesiones-1";
    crear(cuenta, clave, "staff");
    SesionWeb una = sesionAbierta(cuenta, clave);
    SesionWeb otra = sesionAbierta(cuenta, clave);

    ClienteApi.Respuesta r =
        api()
            .enviar(
                "DELETE",
                "/usuarios/" + cuenta + "/sesiones",
                "application/json",
                new byte[0],
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.estado(), r.cuerpo());

    assertEquals(401, una.api("GET", "/entidades", null, null).statusCode());
    assertEquals(401, otra.api("GET", "/entidades", null, null).statusCode());
    SesionWeb nueva = navegador();
    assertEquals(302, nueva.entrar(cuenta, clave).statusCode(), "puede volver a entrar");
    assertEquals(200, nueva.api("GET", "/entidades", null, null).statusCode());
  }

  @Test
  void cambiarLaContrasenaCierraLasOtrasSesionesDeLaCuenta() throws Exception {
    String cuenta = "acceso.clave";
    String vieja = "clave-vieja-123";
    String nueva = "clave-nueva-456";
    crear(cuenta, vieja, "admin");
    SesionWeb propia = sesionAbierta(cuenta, vieja);
    SesionWeb otra = sesionAbierta(cuenta, vieja);

    // La persona cambia su contraseña desde una de sus sesiones (la página de usuarios).
    HttpResponse<String> cambio =
        propia.api(
            "PUT",
            "/usuarios/" + cuenta + "/clave",
            "{\"clave\": \"" + nueva + "\"}",
            propia.token());
    assertEquals(204, cambio.statusCode(), cambio.body());

    assertEquals(200, propia.api("GET", "/entidades", null, null).statusCode(), "la suya sigue");
    HttpResponse<String> enLaOtra = otra.api("GET", "/entidades", null, null);
    assertEquals(401, enLaOtra.statusCode(), "la otra sesión se cerró: " + enLaOtra.body());
    assertEquals(401, api().get("/entidades", cuenta, vieja).estado(), "la contraseña vieja");
    assertEquals(200, api().get("/entidades", cuenta, nueva).estado(), "la nueva");

    // Si la restablece un administrador, se cierran todas las de la cuenta.
    ClienteApi.Respuesta restablecida =
        api()
            .enviar(
                "PUT",
                "/usuarios/" + cuenta + "/clave",
                "application/json",
                ("{\"clave\": \"" + vieja + "\"}").getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(204, restablecida.estado(), restablecida.cuerpo());
    assertEquals(401, propia.api("GET", "/entidades", null, null).statusCode());
  }

  /** Un navegador que ya entró con la cuenta por el formulario. */
  private SesionWeb sesionAbierta(String cuenta, String clave) throws Exception {
    SesionWeb sesion = navegador();
    assertEquals(302, sesion.entrar(cuenta, clave).statusCode());
    return sesion;
  }

  private void crear(String cuenta, String clave, String rol) throws Exception {
    ClienteApi.Respuesta r = api().crearCuenta(cuenta, clave, rol);
    assertEquals(201, r.estado(), r.cuerpo());
  }

  private ClienteApi.Respuesta activar(String cuenta, boolean activo) throws Exception {
    return api()
        .enviar(
            "PUT",
            "/usuarios/" + cuenta + "/activo",
            "application/json",
            ("{\"activo\": " + activo + "}").getBytes(StandardCharsets.UTF_8),
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN);
  }

  /** Las cuentas de {@code GET /api/usuarios}, por nombre. */
  private Map<String, JsonValue> lista() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/usuarios");
    assertEquals(200, r.estado(), r.cuerpo());
    Map<String, JsonValue> cuentas = new java.util.HashMap<>();
    for (JsonValue v : r.json().asJsonArray()) {
      JsonObject c = v.asJsonObject();
      cuentas.put(c.getString("nombre"), c);
    }
    return cuentas;
  }
}
