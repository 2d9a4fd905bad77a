package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * La API de estado por HTTP, como la llamaría un script o una herramienta de un consejero, sobre
 * los datos de demostración de los informes de ejemplo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EstadoApiIT {

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private ClienteApi api() {
    return new ClienteApi(base.toString() + "api");
  }

  @Test
  void sinCredencialesPideIniciarSesionEnEspanol() throws Exception {
    ClienteApi.Respuesta r = api().get("/entidades/durango/estado", null, null);
    assertEquals(401, r.estado());
    assertTrue(r.cuerpo().contains("iniciar sesión"), r.cuerpo());
  }

  @Test
  void conContrasenaIncorrectaNoEntra() throws Exception {
    assertEquals(401, api().get("/entidades/durango/estado", "admin", "otra-clave-mala").estado());
  }

  @Test
  void elEstadoDeDurangoDiceLoDelInformeDeOctubre2021() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades/durango/estado?fecha=2021-10-31");
    assertEquals(200, r.estado(), r.cuerpo());
    assertTrue(r.tipo().startsWith("application/json"), r.tipo());
    JsonObject estado = r.json().asJsonObject();

    assertEquals("10", estado.getJsonObject("entidad").getString("clave"));
    assertEquals("IEPC Durango", estado.getJsonObject("entidad").getString("siglas"));
    JsonObject proceso = estado.getJsonObject("proceso");
    assertEquals("Proceso Electoral Local Ordinario 2021-2022", proceso.getString("nombre"));
    assertEquals("2022-06-05", proceso.getString("jornada"));
    assertEquals(217, proceso.getInt("diasParaJornada"));
    assertEquals("Unidad Técnica de Cómputo", proceso.getString("instanciaInterna"));

    // El informe de octubre dice que se cumplió «cada paso en tiempo y forma»: nada vencido; E02
    // (10/09/2021) vencía antes de octubre, el mes que cubren los registros: sin registro.
    assertEquals(0, estado.getJsonArray("vencidos").size(), estado.toString());
    assertEquals("al día", estado.getString("semaforo"));
    assertEquals("2021-10-01", proceso.getString("seguimientoDesde"));
    assertEquals("sin registro antes del 01/10/2021", proceso.getString("sinRegistro"));
    assertEquals("anterior", proceso.getString("lineamientos"));
    assertEquals(1, estado.getJsonObject("entregables").getInt("sinRegistro"));

    JsonObject proximo = estado.getJsonObject("proximo");
    assertEquals("E03", proximo.getString("codigo"));
    assertEquals("2021-10", proximo.getString("periodo"));
    assertEquals("2021-11-05", proximo.getString("fechaLimite"));

    assertEquals("IEPC/CG139/2021", estado.getJsonObject("cotaprep").getString("acuerdo"));
    JsonObject ultimo = estado.getJsonObject("ultimoOficio");
    assertEquals("IEPC/SE/2119/2021", ultimo.getString("numero"));
    assertEquals("2021-10-27", ultimo.getString("fecha"));
    assertEquals("Enviado al INE", ultimo.getString("sentido"));
    assertEquals(0, estado.getJsonObject("entregables").getInt("vencidos"));
  }

  @Test
  void laEntidadSeReconoceComoLaEscribeUnaPersona() throws Exception {
    for (String ref : List.of("durango", "IEPC Durango", "10", "Dgo.", "DURANGO")) {
      ClienteApi.Respuesta r =
          api().comoAdmin("/entidades/" + ClienteApi.codificar(ref) + "/estado?fecha=2021-10-31");
      assertEquals(200, r.estado(), ref + ": " + r.cuerpo());
      assertEquals(
          "Durango", r.json().asJsonObject().getJsonObject("entidad").getString("nombre"), ref);
    }
  }

  @Test
  void coahuilaEnNoviembre2020MuestraElProceso2021() throws Exception {
    JsonObject estado =
        api().comoAdmin("/entidades/coahuila/estado?fecha=2020-11-30").json().asJsonObject();
    assertEquals(
        "Proceso Electoral Local Ordinario 2021",
        estado.getJsonObject("proceso").getString("nombre"));
    JsonObject cotaprep = estado.getJsonObject("cotaprep");
    assertEquals("IEC/CG/145/2020", cotaprep.getString("acuerdo"));
    assertEquals("2020-11-06", cotaprep.getString("instalacion"));
    JsonObject ultimo = estado.getJsonObject("ultimoOficio");
    assertEquals("INE/UNICOM/3320/2020", ultimo.getString("numero"));
    assertEquals("Con observaciones", ultimo.getString("resultado"));
  }

  @Test
  void unaEntidadMalEscritaRecibeUnaSugerencia() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades/Durnago/estado");
    assertEquals(404, r.estado());
    JsonObject error = r.json().asJsonObject();
    assertTrue(error.getString("mensaje").contains("¿Quiso decir Durango?"), r.cuerpo());
    assertEquals("Durango", error.getJsonArray("sugerencias").getString(0));
  }

  @Test
  void unaReferenciaDeMasDe200CaracteresSeRechazaSinCompararla() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades/" + "durango%20".repeat(2500) + "/estado");
    assertEquals(400, r.estado(), r.cuerpo());
    assertTrue(
        r.json().asJsonObject().getString("mensaje").contains("a lo más 200 caracteres"),
        r.cuerpo());
    assertEquals(
        200, api().comoAdmin("/entidades/" + "x".repeat(190) + "%20durango/estado").estado());
  }

  @Test
  void unaEntidadSinProcesoRespondeConUnMensajeClaro() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades/zacatecas/estado");
    assertEquals(404, r.estado());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("Zacatecas"), r.cuerpo());
  }

  @Test
  void unaFechaInvalidaSeRechazaConUnMensajeClaro() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades/durango/estado?fecha=31-02-2021");
    assertEquals(400, r.estado());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("aaaa-mm-dd"), r.cuerpo());
  }

  @Test
  void laSaludDelServidorDiceQueLaAplicacionEstaLista() throws Exception {
    ClienteApi.Respuesta r =
        new ClienteApi("http://127.0.0.1:9990").get("/health/ready", null, null);
    assertEquals(200, r.estado(), r.cuerpo());
    JsonObject salud = r.json().asJsonObject();
    assertEquals("UP", salud.getString("status"));
    assertTrue(
        salud.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            // WildFly informa las comprobaciones de disponibilidad de la aplicación bajo el nombre
            // del WAR
            .anyMatch(
                c ->
                    c.getString("name").endsWith("prep.war") && c.getString("status").equals("UP")),
        r.cuerpo());
  }

  @Test
  void laListaTieneLasEntidadesDeLosInformes() throws Exception {
    ClienteApi.Respuesta r = api().comoAdmin("/entidades?fecha=2021-10-31");
    assertEquals(200, r.estado(), r.cuerpo());
    List<String> claves =
        r.json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("clave"))
            .toList();
    assertEquals(List.of("00", "01", "05", "10"), claves);
    JsonObject durango = r.json().asJsonArray().getJsonObject(3);
    assertEquals("Proceso Electoral Local Ordinario 2021-2022", durango.getString("procesoActual"));
    assertEquals("al día", durango.getString("semaforo"));
  }
}
