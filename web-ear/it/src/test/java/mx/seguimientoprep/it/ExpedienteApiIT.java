package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
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
 * Lo que leen el tablero y la página de una entidad: las cifras de cada entidad, el expediente
 * completo de un proceso con sus oficios en hilos y el historial de cambios; sobre los hechos de
 * los informes de ejemplo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpedienteApiIT {

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private JsonObject leer(String ruta) throws Exception {
    ClienteApi.Respuesta r = new ClienteApi(base + "api").comoAdmin(ruta);
    assertEquals(200, r.estado(), r.cuerpo());
    return r.json().asJsonObject();
  }

  @Test
  void elTableroTieneLasCifrasDeDurangoDelInformeDeOctubre2021() throws Exception {
    ClienteApi.Respuesta r = new ClienteApi(base + "api").comoAdmin("/entidades?fecha=2021-10-31");
    JsonObject durango =
        r.json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("clave").equals("10"))
            .findFirst()
            .orElseThrow();
    // Los campos de antes siguen ahí...
    assertEquals("Proceso Electoral Local Ordinario 2021-2022", durango.getString("procesoActual"));
    assertEquals("al día", durango.getString("semaforo"));
    // ...y junto a ellos, las cifras del tablero.
    assertEquals("2021-10-31", durango.getString("fechaReferencia"));
    assertEquals(217, durango.getInt("diasParaJornada"));
    assertEquals(0, durango.getJsonObject("entregables").getInt("vencidos"));
    assertEquals(1, durango.getJsonObject("entregables").getInt("sinRegistro"));
    assertEquals("sin registro antes del 01/10/2021", durango.getString("sinRegistro"));
    assertEquals("E03", durango.getJsonObject("proximo").getString("codigo"));
    assertTrue(
        durango.getString("ultimaActividad").compareTo("2021-10-27") >= 0,
        "la última actividad es al menos el oficio del 27/10/2021: " + durango);
  }

  @Test
  void elExpedienteDeDurangoNoTieneVencidosYE02EstaSinRegistro() throws Exception {
    JsonObject e = leer("/entidades/durango/expediente?fecha=2021-10-31");
    assertEquals("IEPC Durango", e.getJsonObject("entidad").getString("siglas"));
    assertEquals(
        "Proceso Electoral Local Ordinario 2021-2022",
        e.getJsonObject("proceso").getString("nombre"));
    assertEquals("al día", e.getString("semaforo"));
    List<JsonObject> entregables = e.getJsonArray("entregables").getValuesAs(JsonObject.class);
    assertTrue(entregables.stream().noneMatch(x -> x.getBoolean("vencido")), e.toString());
    List<JsonObject> sinRegistro =
        entregables.stream().filter(x -> x.getBoolean("sinRegistro")).toList();
    assertEquals(List.of("E02"), sinRegistro.stream().map(x -> x.getString("codigo")).toList());
    assertEquals("Sin registro", sinRegistro.get(0).getString("estado"));
    assertTrue(
        entregables.stream().noneMatch(x -> x.getString("codigo").equals("E01")),
        "E01 no existía antes de INE/CG825/2022");
    // IEPC/SE/2119/2021 contesta INE/UNICOM/4756/2021 (sin fecha): está en el hilo de ese oficio.
    assertTrue(
        numerosEnLosHilos(e.getJsonArray("oficios")).contains("IEPC/SE/2119/2021"), e.toString());
    assertEquals(
        "IEPC/CG139/2021", e.getJsonObject("cotaprep").getString("acuerdo"), "el acuerdo E04");
  }

  @Test
  void lasRespuestasDelIneQuedanBajoElOficioQueContestanConLosDiasQueTardo() throws Exception {
    JsonObject e = leer("/entidades/coahuila/expediente?proceso=2020&fecha=2020-03-31");
    assertEquals(
        "Proceso Electoral Local Ordinario 2020", e.getJsonObject("proceso").getString("nombre"));
    JsonArray procesos = e.getJsonArray("procesos");
    assertTrue(procesos.size() >= 2, "Coahuila tiene 2020 y 2021: " + procesos);
    assertTrue(
        procesos.getValuesAs(JsonObject.class).stream()
            .anyMatch(
                p ->
                    p.getBoolean("mostrado")
                        && p.getString("nombre").equals("Proceso Electoral Local Ordinario 2020")));

    JsonObject envio =
        e.getJsonArray("oficios").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("numero").equals("IEC/SE/0581/2020"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("sin el hilo de IEC/SE/0581/2020: " + e));
    JsonObject respuesta = envio.getJsonArray("respuestas").getJsonObject(0);
    assertEquals("INE/UNICOM/0889/2020", respuesta.getString("numero"));
    assertEquals(6, respuesta.getInt("diasDeRespuesta"), "del 07/03/2020 al 13/03/2020");
    assertTrue(respuesta.getBoolean("respuestaDelIne"));
    assertEquals("Con observaciones", respuesta.getString("resultado"));
    assertFalse(
        e.getJsonArray("oficios").getValuesAs(JsonObject.class).stream()
            .anyMatch(o -> o.getString("numero").equals("INE/UNICOM/0889/2020")),
        "una respuesta no abre una conversación propia");
  }

  private static JsonObject hilo(JsonArray oficios, String numero) {
    return oficios.getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("numero").equals(numero))
        .findFirst()
        .orElseThrow(() -> new AssertionError("sin el hilo de " + numero + ": " + oficios));
  }

  private static List<String> numeros(JsonObject hilo) {
    return hilo.getJsonArray("respuestas").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("numero"))
        .toList();
  }

  /**
   * INE/UNICOM/1068/2020, que el informe de marzo cita sin fecha, es un registro: queda bajo
   * IEC/SE/0714/2020, al que contesta, sin días de respuesta.
   */
  @Test
  void unaRespuestaSinFechaQuedaBajoElOficioQueContesta() throws Exception {
    JsonObject e = leer("/entidades/coahuila/expediente?proceso=2020&fecha=2020-03-31");
    JsonObject planes = hilo(e.getJsonArray("oficios"), "IEC/SE/0581/2020");
    JsonObject observaciones = planes.getJsonArray("respuestas").getJsonObject(0);
    JsonObject atendidas = hilo(observaciones.getJsonArray("respuestas"), "IEC/SE/0714/2020");
    JsonObject impactadas = atendidas.getJsonArray("respuestas").getJsonObject(0);
    assertEquals("INE/UNICOM/1068/2020", impactadas.getString("numero"));
    assertTrue(sinValor(impactadas, "fecha"), impactadas.toString());
    assertTrue(sinValor(impactadas, "diasDeRespuesta"), impactadas.toString());
    assertEquals("Observaciones atendidas", impactadas.getString("resultado"));
    JsonObject acuerdo =
        e.getJsonArray("acuerdos").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("clave").equals("IEC/CG/052/2020"))
            .findFirst()
            .orElseThrow();
    assertTrue(sinValor(acuerdo, "fecha"));
    assertEquals("2020-03", acuerdo.getString("fechaMes"), "el informe solo da el mes");
    JsonObject cotaprep = e.getJsonObject("cotaprep");
    assertEquals("2019-11-11", cotaprep.getString("instalacion"));
    assertEquals(4, cotaprep.getJsonObject("ultimaSesion").getInt("numero"));
  }

  /**
   * INE/UNICOM/3231/2020 contesta a la vez IEC/SE/1766/2020 (el acuerdo del COTAPREP) e
   * IEC/SE/1792/2020 (el informe de octubre): está bajo los dos, con los días desde cada uno; el
   * oficio interno DEIE/032/2020 es un anexo enlazado de IEC/SE/1766/2020.
   */
  @Test
  void unaRespuestaADosOficiosQuedaBajoCadaUno() throws Exception {
    JsonObject e = leer("/entidades/coahuila/expediente?proceso=2021&fecha=2020-11-30");
    JsonArray oficios = e.getJsonArray("oficios");
    JsonObject acuerdo = hilo(oficios, "IEC/SE/1766/2020");
    JsonObject informe = hilo(oficios, "IEC/SE/1792/2020");
    assertEquals(List.of("INE/UNICOM/3231/2020"), numeros(acuerdo));
    assertEquals(List.of("INE/UNICOM/3231/2020"), numeros(informe));
    assertEquals(7, acuerdo.getJsonArray("respuestas").getJsonObject(0).getInt("diasDeRespuesta"));
    assertEquals(5, informe.getJsonArray("respuestas").getJsonObject(0).getInt("diasDeRespuesta"));
    assertEquals(
        List.of("IEC/SE/1766/2020", "IEC/SE/1792/2020"),
        acuerdo
            .getJsonArray("respuestas")
            .getJsonObject(0)
            .getJsonArray("respondeA")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    List<JsonObject> anexos = acuerdo.getJsonArray("anexos").getValuesAs(JsonObject.class);
    assertEquals("IEC/CG/145/2020", anexos.get(0).getString("acuerdo"));
    assertEquals("DEIE/032/2020", anexos.get(1).getString("oficio"));
    JsonObject interno = hilo(oficios, "DEIE/032/2020");
    assertEquals("Interno", interno.getString("sentido"));
    assertTrue(sinValor(interno, "fecha"));
  }

  @Test
  void unProcesoQueLaEntidadNoTieneSeExplica() throws Exception {
    ClienteApi.Respuesta r =
        new ClienteApi(base + "api").comoAdmin("/entidades/durango/expediente?proceso=1999");
    assertEquals(404, r.estado(), r.cuerpo());
    JsonObject error = r.json().asJsonObject();
    assertTrue(error.getString("mensaje").contains("1999"), r.cuerpo());
    assertEquals(
        "Proceso Electoral Local Ordinario 2021-2022",
        error.getJsonArray("sugerencias").getString(0));
  }

  @Test
  void elHistorialDiceQuienCuandoYPorDonde() throws Exception {
    JsonObject h = leer("/entidades/durango/historial?limite=5");
    assertTrue(h.getInt("total") > 5, h.toString());
    JsonArray cambios = h.getJsonArray("cambios");
    assertEquals(5, cambios.size());
    JsonObject uno = cambios.getJsonObject(cambios.size() - 1);
    assertFalse(uno.getString("usuario").isBlank());
    assertFalse(uno.getString("momento").isBlank());
    assertTrue(
        cambios.getValuesAs(JsonObject.class).stream()
            .allMatch(c -> c.getString("momento").compareTo(uno.getString("momento")) >= 0),
        "el más reciente primero");
    assertTrue(
        List.of("Datos de demostración", "Hoja de seguimiento", "API", "Bot", "Web", "Informe")
            .contains(uno.getString("canal")),
        uno.toString());
  }

  /** Los números de los oficios del expediente y de todas las respuestas de sus hilos. */
  private static List<String> numerosEnLosHilos(JsonArray oficios) {
    List<String> numeros = new java.util.ArrayList<>();
    for (JsonObject o : oficios.getValuesAs(JsonObject.class)) {
      numeros.add(o.getString("numero"));
      if (o.containsKey("respuestas")) {
        numeros.addAll(numerosEnLosHilos(o.getJsonArray("respuestas")));
      }
    }
    return numeros;
  }

  /** JSON-B no escribe los campos nulos: sin valor es ausente o {@code null}. */
  private static boolean sinValor(JsonObject objeto, String campo) {
    return !objeto.containsKey(campo) || objeto.isNull(campo);
  }
}
