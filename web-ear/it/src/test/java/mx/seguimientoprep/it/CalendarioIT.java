package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mx.seguimientoprep.domain.acceso.CodigoInvitacion;
import mx.seguimientoprep.domain.calendario.CalendariosPersonales;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Los calendarios personales: una consejera crea por la API la dirección de Durango; una aplicación
 * de calendario la lee sin iniciar sesión y la entiende iCal4j; otra cuenta no la ve ni la revoca;
 * revocada, o desactivada la cuenta, la dirección da 404 sin detalles. La base guarda solo el hash
 * del token y el registro del servidor nunca lo escribe.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarioIT {

  private static final String CONSEJERA = "consejera.calendario";
  private static final String OTRA = "otra.calendario";
  private static final String CLAVE = "clave-del-calendario";

  private static final String UID_E03_OCTUBRE =
      "e03-2021-10.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep";

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas(
        CalendarioIT.class, ClienteApi.class, ClienteApi.Respuesta.class);
  }

  @ArquillianResource URL base;

  @Inject CalendariosPersonales calendarios;

  @Resource(lookup = "java:jboss/datasources/PrepDS")
  DataSource datasource;

  private final HttpClient http = HttpClient.newHttpClient();

  private ClienteApi api() {
    return new ClienteApi(base.toString() + "api");
  }

  /** Lo que hace una aplicación de calendario: un GET sin credenciales ni sesión. */
  private HttpResponse<String> leerSinSesion(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonObject crear(String cuenta, String json) throws Exception {
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/calendarios",
                "application/json",
                json.getBytes(StandardCharsets.UTF_8),
                cuenta,
                CLAVE);
    assertEquals(201, r.estado(), r.cuerpo());
    return r.json().asJsonObject();
  }

  private int revocar(String cuenta, long id) throws Exception {
    return api()
        .enviar("DELETE", "/calendarios/" + id, "application/json", new byte[0], cuenta, CLAVE)
        .estado();
  }

  private static void cuentaCon(ClienteApi api, String nombre, String rol) throws Exception {
    ClienteApi.Respuesta r = api.crearCuenta(nombre, CLAVE, rol);
    assertTrue(r.estado() == 201 || r.cuerpo().contains("Ya existe"), r.cuerpo());
  }

  private static Calendar entender(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  @RunAsClient
  void laDireccionPersonalAbreSinSesionYDejaDeAbrirAlRevocarla() throws Exception {
    cuentaCon(api(), CONSEJERA, "consejero");
    cuentaCon(api(), OTRA, "staff");
    JsonObject creado = crear(CONSEJERA, "{\"entidad\": \"durango\"}");
    String url = creado.getString("url");
    long id = creado.getJsonObject("calendario").getJsonNumber("id").longValue();
    assertTrue(url.startsWith(base.toString() + "calendario/") && url.endsWith(".ics"), url);
    String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    assertEquals("Durango", creado.getJsonObject("calendario").getString("nombreEntidad"));

    HttpResponse<String> feed = leerSinSesion(url);
    assertEquals(200, feed.statusCode(), feed.body());
    assertEquals(
        "text/calendar;charset=utf-8",
        feed.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
    Calendar calendario = entender(feed.body());
    List<VEvent> eventos = calendario.getComponents(Component.VEVENT);
    assertTrue(eventos.size() > 30, "los entregables de Durango y su jornada: " + eventos.size());
    VEvent e03 =
        eventos.stream()
            .filter(e -> e.getUid().map(u -> u.getValue().equals(UID_E03_OCTUBRE)).orElse(false))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "20211105", e03.getProperty(Property.DTSTART).map(p -> p.getValue()).orElse(""), "E03");
    assertEquals(
        api().comoAdmin("/entidades/durango/calendario.ics").cuerpo().lines().count(),
        feed.body().lines().count(),
        "lo mismo que el calendario con sesión");

    // La lista de la consejera la tiene, sin el token; la de otra cuenta no, y no puede revocarla.
    ClienteApi.Respuesta suya = api().get("/calendarios", CONSEJERA, CLAVE);
    assertEquals(200, suya.estado(), suya.cuerpo());
    assertTrue(suya.cuerpo().contains("\"id\":" + id), suya.cuerpo());
    assertFalse(suya.cuerpo().contains(token), "la lista nunca muestra el token");
    assertFalse(api().get("/calendarios", OTRA, CLAVE).cuerpo().contains("\"id\":" + id));
    assertEquals(404, revocar(OTRA, id), "otra cuenta no revoca lo ajeno");
    assertEquals(200, leerSinSesion(url).statusCode(), "sigue abriendo");

    assertEquals(204, revocar(CONSEJERA, id));
    HttpResponse<String> revocado = leerSinSesion(url);
    assertEquals(404, revocado.statusCode());
    assertEquals("No existe este calendario.", revocado.body().strip(), "sin detalles");
    assertEquals(404, revocar(CONSEJERA, id), "ya no existe");

    // Un token que nunca existió, o una ruta con otra forma, contestan lo mismo.
    assertEquals(404, leerSinSesion(base + "calendario/" + "A".repeat(32) + ".ics").statusCode());
    assertEquals(404, leerSinSesion(base + "calendario/x").statusCode());
    // Lo demás sigue pidiendo sesión.
    assertEquals(401, api().get("/calendarios", null, null).estado());

    List<String> registro =
        Files.readAllLines(
            Path.of(System.getProperty("prep.base"), "log", "server.log"), StandardCharsets.UTF_8);
    assertFalse(registro.stream().anyMatch(l -> l.contains(token)), "el token en el registro");
  }

  @Test
  @RunAsClient
  void desactivarLaCuentaApagaSusDirecciones() throws Exception {
    String cuenta = "desactivada.calendario";
    cuentaCon(api(), cuenta, "consejero");
    String url =
        crear(
                cuenta,
                "{\"entidad\": \"coahuila\", \"proceso\": \"Proceso Electoral Local Ordinario 2020\"}")
            .getString("url");
    assertEquals(200, leerSinSesion(url).statusCode());
    String activo = "{\"activo\": %s}";
    assertEquals(200, activar(cuenta, activo.formatted(false)));
    assertEquals(404, leerSinSesion(url).statusCode(), "la cuenta desactivada");
    assertEquals(200, activar(cuenta, activo.formatted(true)));
    assertEquals(200, leerSinSesion(url).statusCode(), "activa de nuevo");
  }

  @Test
  @RunAsClient
  void unaEntidadOUnProcesoQueNoExistenSeRechazanEnEspanol() throws Exception {
    cuentaCon(api(), CONSEJERA, "consejero");
    ClienteApi.Respuesta r =
        api()
            .enviar(
                "POST",
                "/calendarios",
                "application/json",
                "{\"entidad\": \"durango\", \"proceso\": \"1990\"}"
                    .getBytes(StandardCharsets.UTF_8),
                CONSEJERA,
                CLAVE);
    assertEquals(422, r.estado(), r.cuerpo());
    assertTrue(r.cuerpo().contains("Durango no tiene el proceso «1990»"), r.cuerpo());
  }

  private int activar(String cuenta, String json) throws Exception {
    return api()
        .enviar(
            "PUT",
            "/usuarios/" + cuenta + "/activo",
            "application/json",
            json.getBytes(StandardCharsets.UTF_8),
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN)
        .estado();
  }

  /** Dentro del servidor: la base guarda el SHA-256 del token, nunca el token. */
  @Test
  void laBaseGuardaSoloElHashDelToken() throws Exception {
    CalendariosPersonales.Creado creado =
        calendarios.crear(ClienteApi.ADMIN, new ClaveEntidad("10"), null, Instant.now());
    String token = creado.token();
    boolean hallado = false;
    try (Connection conexion = datasource.getConnection();
        Statement sentencia = conexion.createStatement();
        ResultSet filas = sentencia.executeQuery("select * from calendario_personal")) {
      int columnas = filas.getMetaData().getColumnCount();
      while (filas.next()) {
        for (int i = 1; i <= columnas; i++) {
          String valor = filas.getString(i);
          assertFalse(
              valor != null && valor.toUpperCase().contains(token),
              "el token en claro en " + filas.getMetaData().getColumnName(i));
        }
        hallado |= CodigoInvitacion.hash(token).equals(filas.getString("token_hash"));
      }
    }
    assertTrue(hallado, "su SHA-256, como el de una invitación");
    assertTrue(calendarios.abrir(token, Instant.now()).isPresent());
    assertTrue(calendarios.revocar(creado.calendario().id(), Optional.of(ClienteApi.ADMIN)));
    assertTrue(calendarios.abrir(token, Instant.now()).isEmpty());
  }
}
