package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leer un informe narrativo por HTTP: simular, aplicar, conservar una propuesta de certeza baja, el
 * libro de propuestas, un PDF escaneado, un .docx dañado y los roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InformesIT {

  private static final String RUTA = "/informes";

  /**
   * Un informe de Durango de diciembre de 2021, en el registro de los reales: un oficio enviado con
   * fecha completa (alta) y otro cuya fecha no dice el año (baja).
   */
  private static final String INFORME =
      String.join(
          "\n",
          "Informe del mes de diciembre sobre el avance en la implementación y operación del",
          "Programa de Resultados Electorales Preliminares del Instituto Electoral y de",
          "Participación Ciudadana del Estado de Durango",
          "",
          "Proceso Electoral Local Ordinario 2021-2022",
          "",
          "El 03 de diciembre de 2021 se envía a UNICOM del INE, oficio IEPC/UTC/21/171, por el que"
              + " se remite el informe correspondiente al mes de noviembre.",
          "",
          "El 15 de diciembre se envía a UNICOM del INE, oficio IEPC/UTC/21/180, por el que se"
              + " remite el Plan de Trabajo para la implementación del PREP.",
          "");

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private ClienteApi api() {
    return new ClienteApi(base.toString() + "api");
  }

  private ClienteApi.Respuesta subir(String ruta, String nombre, byte[] archivo) throws Exception {
    return api().subir(ruta, nombre, archivo, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
  }

  private static JsonObject oficios(ClienteApi.Respuesta r) {
    return r.json().asJsonObject().getJsonObject("hojas").getJsonObject("Oficios");
  }

  @Test
  void simularAplicarYConservarUnaPropuestaBaja() throws Exception {
    byte[] informe = INFORME.getBytes(StandardCharsets.UTF_8);

    ClienteApi.Respuesta simulada = subir(RUTA + "?simular=true", "durango-diciembre.txt", informe);
    assertEquals(200, simulada.estado(), simulada.cuerpo());
    JsonObject lectura = simulada.json().asJsonObject();
    assertEquals("simulada", lectura.getString("estado"));
    assertEquals("Durango", lectura.getJsonObject("portada").getString("entidad"));
    List<JsonObject> propuestas = lectura.getJsonArray("propuestas").getValuesAs(JsonObject.class);
    JsonObject alta = propuesta(propuestas, "IEPC/UTC/21/171");
    assertEquals("alta", alta.getString("certeza"));
    assertEquals("Oficios", alta.getString("hoja"));
    assertEquals("03/12/2021", alta.getJsonObject("campos").getString("Fecha"));
    assertTrue(alta.getString("fuente").contains("IEPC/UTC/21/171"), alta.toString());
    assertEquals("baja", propuesta(propuestas, "IEPC/UTC/21/180").getString("certeza"));
    assertEquals(1, oficios(simulada).getInt("nuevos"), "solo la alta se aplicaría");

    ClienteApi.Respuesta aplicada = subir(RUTA, "durango-diciembre.txt", informe);
    assertEquals(200, aplicada.estado(), aplicada.cuerpo());
    assertEquals("aplicada", aplicada.json().asJsonObject().getString("estado"));
    assertEquals(1, oficios(aplicada).getInt("nuevos"), "la simulación no guardó nada");

    ClienteApi.Respuesta conservada =
        subir(RUTA + "?conservar=IEPC/UTC/21/180", "durango-diciembre.txt", informe);
    assertEquals(200, conservada.estado(), conservada.cuerpo());
    assertEquals(1, oficios(conservada).getInt("nuevos"), "la baja conservada se aplica");
    assertEquals(1, oficios(conservada).getInt("sinCambios"), "la alta ya estaba");

    List<JsonObject> bitacora =
        api().comoAdmin("/importaciones").json().asJsonArray().getValuesAs(JsonObject.class);
    assertTrue(
        bitacora.stream()
            .anyMatch(
                i ->
                    i.getString("archivo").equals("durango-diciembre.txt")
                        && i.getString("canal").equals("Informe")
                        && i.getString("estado").equals("aplicada")),
        bitacora.toString());
  }

  /**
   * El informe real de noviembre de 2020 de Coahuila, aplicado sobre la demostración que transcribe
   * sus hechos: todo queda sin cambios.
   */
  @Test
  void elInformeDeNoviembreSobreLaDemostracionNoCambiaNada() throws Exception {
    byte[] informe =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of(
                "../../informe-io/src/test/resources/informes/semillas/"
                    + "coahuila-informe-noviembre-2020.txt"));
    ClienteApi.Respuesta r = subir(RUTA, "coahuila-informe-noviembre-2020.txt", informe);
    assertEquals(200, r.estado(), r.cuerpo());
    List<JsonObject> propuestas =
        r.json().asJsonObject().getJsonArray("propuestas").getValuesAs(JsonObject.class);
    assertEquals(14, propuestas.size(), r.cuerpo());
    for (JsonObject p : propuestas) {
      assertTrue(!p.getString("fuente").isBlank(), "cada propuesta con su enunciado: " + p);
    }
    String fuente = propuesta(propuestas, "INE/UNICOM/3231/2020").getString("fuente");
    assertTrue(fuente.contains("fue recibido el Oficio INE/UNICOM/3231/2020"), fuente);
    sinCambios(r, propuestas.stream().filter(p -> p.getString("certeza").equals("alta")).count());
  }

  /**
   * Ida y vuelta con el informe del mes: el que genera la aplicación para un mes de la
   * demostración, subido de vuelta, propone los registros de ese mes y aplicarlo, aun conservando
   * las propuestas de certeza baja, da 0 nuevos y 0 actualizados.
   */
  @Test
  void elInformeGeneradoLeidoDeVueltaNoCambiaNada() throws Exception {
    for (String[] caso :
        List.of(
            new String[] {"coahuila", "2020-11", "14"},
            new String[] {"coahuila", "2020-03", "19"},
            new String[] {"durango", "2021-10", "13"})) {
      HttpResponse<byte[]> generado =
          api()
              .descargar(
                  "/entidades/" + caso[0] + "/informe?mes=" + caso[1],
                  ClienteApi.ADMIN,
                  ClienteApi.CLAVE_ADMIN);
      assertEquals(200, generado.statusCode(), caso[0] + " " + caso[1]);
      ClienteApi.Respuesta leida =
          subir(RUTA + "?simular=true", "informe-" + caso[1] + ".docx", generado.body());
      assertEquals(200, leida.estado(), leida.cuerpo());
      List<JsonObject> propuestas =
          leida.json().asJsonObject().getJsonArray("propuestas").getValuesAs(JsonObject.class);
      assertEquals(Integer.parseInt(caso[2]), propuestas.size(), caso[1] + ": " + leida.cuerpo());
      StringBuilder conservar = new StringBuilder();
      for (JsonObject p : propuestas) {
        if (p.getString("certeza").equals("baja")) {
          conservar
              .append(conservar.length() == 0 ? "?" : "&")
              .append("conservar=")
              .append(URLEncoder.encode(p.getString("clave"), StandardCharsets.UTF_8));
        }
      }
      ClienteApi.Respuesta conservadas =
          subir(
              RUTA + conservar + (conservar.length() == 0 ? "?" : "&") + "simular=true",
              "informe-" + caso[1] + ".docx",
              generado.body());
      assertEquals(200, conservadas.estado(), conservadas.cuerpo());
      sinCambios(conservadas, propuestas.size());
    }
  }

  /**
   * El informe del COTAPREP de Aguascalientes cita tres acuerdos del Consejo General del INE: se
   * proponen (baja) en el proceso nacional del INE, y conservados son los de la demostración, sin
   * cambios.
   */
  @Test
  void losAcuerdosDelIneDeUnInformeDeAguascalientesSonLosDeLaDemostracion() throws Exception {
    byte[] informe =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of(
                "../../informe-io/src/test/resources/informes/semillas/"
                    + "aguascalientes-cotaprep-primer-informe-2023.txt"));
    List<String> delIne = List.of("INE/CG825/2022", "INE/CG446/2023", "INE/CG492/2023");
    ClienteApi.Respuesta r =
        subir(
            RUTA + "?simular=true&conservar=" + String.join("&conservar=", delIne),
            "aguascalientes-cotaprep-primer-informe-2023.txt",
            informe);
    assertEquals(200, r.estado(), r.cuerpo());
    List<JsonObject> propuestas =
        r.json().asJsonObject().getJsonArray("propuestas").getValuesAs(JsonObject.class);
    for (String clave : delIne) {
      JsonObject acuerdo = propuesta(propuestas, clave);
      assertEquals("baja", acuerdo.getString("certeza"), acuerdo.toString());
      assertEquals("INE", acuerdo.getJsonObject("campos").getString("Entidad"), acuerdo.toString());
      assertEquals(
          "Consejo General del INE",
          acuerdo.getJsonObject("campos").getString("Órgano"),
          acuerdo.toString());
    }
    JsonObject acuerdos = r.json().asJsonObject().getJsonObject("hojas").getJsonObject("Acuerdos");
    assertEquals(0, acuerdos.getInt("nuevos"), r.cuerpo());
    assertEquals(0, acuerdos.getInt("actualizados"), r.cuerpo());
    assertEquals(
        propuestas.stream().filter(p -> p.getString("hoja").equals("Acuerdos")).count(),
        acuerdos.getInt("sinCambios"),
        r.cuerpo());
  }

  /** Ninguna hoja con nuevos ni actualizados, y {@code aplicadas} registros sin cambios. */
  private static void sinCambios(ClienteApi.Respuesta r, long aplicadas) {
    JsonObject hojas = r.json().asJsonObject().getJsonObject("hojas");
    int sinCambios = 0;
    for (String hoja : hojas.keySet()) {
      assertEquals(0, hojas.getJsonObject(hoja).getInt("nuevos"), hoja + ": " + r.cuerpo());
      assertEquals(0, hojas.getJsonObject(hoja).getInt("actualizados"), hoja + ": " + r.cuerpo());
      sinCambios += hojas.getJsonObject(hoja).getInt("sinCambios");
    }
    assertEquals(aplicadas, sinCambios, "cada propuesta aplicada es un registro sin cambios");
  }

  @Test
  void elLibroDePropuestasEsUnXlsxConFuenteYCerteza() throws Exception {
    ClienteApi.Respuesta libro =
        subir(RUTA + "/hoja", "durango-diciembre.txt", INFORME.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, libro.estado(), libro.cuerpo());
    assertTrue(libro.tipo().startsWith("application/vnd.openxmlformats"), libro.tipo());
  }

  @Test
  void unPdfEscaneadoSeContestaEnEspanolCon422() throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument documento = new PDDocument()) {
      documento.addPage(new PDPage());
      documento.save(pdf);
    }
    ClienteApi.Respuesta r = subir(RUTA + "?simular=true", "escaneado.pdf", pdf.toByteArray());
    assertEquals(422, r.estado(), r.cuerpo());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("escaneado"), r.cuerpo());
  }

  @Test
  void unDocxDanadoSeContestaEnEspanolCon422() throws Exception {
    byte[] danado = "PK\u0003\u0004esto no es un docx".getBytes(StandardCharsets.ISO_8859_1);
    ClienteApi.Respuesta r = subir(RUTA + "?simular=true", "danado.docx", danado);
    assertEquals(422, r.estado(), r.cuerpo());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains(".docx"), r.cuerpo());
  }

  @Test
  void sinSesionEs401() throws Exception {
    ClienteApi.Respuesta r =
        api()
            .subir(
                RUTA + "?simular=true",
                "x.txt",
                INFORME.getBytes(StandardCharsets.UTF_8),
                "nadie",
                "clave-equivocada");
    assertEquals(401, r.estado(), r.cuerpo());
  }

  @Test
  void unConsejeroNoPuedeLeerInformes() throws Exception {
    ClienteApi.Respuesta cuenta =
        api()
            .enviar(
                "POST",
                "/usuarios",
                "application/json",
                "{\"nombre\": \"consejero-informes\", \"clave\": \"clave-consejero-informes\", \"roles\": [\"consejero\"]}"
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertTrue(cuenta.estado() == 201 || cuenta.estado() == 409, cuenta.cuerpo());
    ClienteApi.Respuesta r =
        api()
            .subir(
                RUTA + "?simular=true",
                "x.txt",
                INFORME.getBytes(StandardCharsets.UTF_8),
                "consejero-informes",
                "clave-consejero-informes");
    assertEquals(403, r.estado(), r.cuerpo());
  }

  private static JsonObject propuesta(List<JsonObject> propuestas, String clave) {
    return propuestas.stream()
        .filter(p -> p.getString("clave").equals(clave))
        .findFirst()
        .orElseThrow(() -> new AssertionError(clave + " no se propuso: " + propuestas));
  }
}
