package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El informe mensual en el EAR real sobre los datos de demostración: la descarga de la API
 * (encabezados, un .docx que POI abre, los hechos del informe semilla de Coahuila de noviembre de
 * 2020), los roles, un mes mal escrito, una entidad o un proceso que no existen, la plantilla de
 * membrete de una entidad, los meses generados y remitidos, y el documento que el bot envía con
 * sendDocument a la Bot API falsa.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InformeIT extends PruebaConElBot {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static String texto(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  @Test
  void elInformeDeCoahuilaDeNoviembreDe2020SeDescargaComoDocx() throws Exception {
    HttpResponse<byte[]> r =
        api()
            .descargar(
                "/entidades/coahuila/informe?mes=2020-11",
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(DOCX, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals(
        "attachment; filename=\"informe-IEC-2020-11.docx\"",
        r.headers().firstValue("Content-Disposition").orElse(""));
    String texto = texto(r.body());
    for (String hecho :
        List.of(
            "Informe del mes de noviembre sobre el avance en la implementación y operación del"
                + " Programa de Resultados Electorales Preliminares en el estado de Coahuila",
            "Proceso Electoral Local Ordinario 2021",
            "CONTENIDO",
            "I. Acuerdos emitidos",
            "II. Comité Técnico Asesor del Programa de Resultados Electorales Preliminares",
            "III. Comunicación de entregables con INE",
            "IEC/CG/145/2020",
            "IEC/CG/149/2020",
            "IEC/SE/1766/2020",
            "IEC/SE/1792/2020",
            "INE/UNICOM/3231/2020",
            "IEC/SE/1802/2020",
            "INE/UNICOM/3320/2020",
            "tres (03) de noviembre de dos mil veinte (2020)",
            "Sesión de Instalación",
            "Ing. Jorge Gallegos Valdés")) {
      assertTrue(texto.contains(hecho), () -> "Falta «" + hecho + "» en:\n" + texto);
    }
  }

  @Test
  void cualquierRolLoDescargaYSinSesionNo() throws Exception {
    String cuenta = "consejera-informe";
    ClienteApi.Respuesta creada =
        api()
            .enviar(
                "POST",
                "/usuarios",
                "application/json",
                ("{\"nombre\": \""
                        + cuenta
                        + "\", \"clave\": \"clave-consejera-informe\","
                        + " \"roles\": [\"consejero\"]}")
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertTrue(creada.estado() == 201 || creada.estado() == 409, creada.cuerpo());
    HttpResponse<byte[]> r =
        api()
            .descargar("/entidades/durango/informe?mes=2021-10", cuenta, "clave-consejera-informe");
    assertEquals(200, r.statusCode());
    assertTrue(texto(r.body()).contains("IEPC/CG139/2021"));
    assertEquals(401, api().get("/entidades/durango/informe?mes=2021-10", null, null).estado());
    assertEquals(
        403,
        api().get("/plantillas", cuenta, "clave-consejera-informe").estado(),
        "las plantillas son del administrador");
  }

  @Test
  void sinMesEsElAnteriorALaFechaDeReferencia() throws Exception {
    HttpResponse<byte[]> r =
        api().descargar("/entidades/durango/informe", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.statusCode());
    assertEquals(
        "attachment; filename=\"informe-IEPC-Durango-2021-09.docx\"",
        r.headers().firstValue("Content-Disposition").orElse(""));
  }

  @Test
  void unMesMalEscritoEs422YUnaEntidadOProcesoQueNoExistenSon404() throws Exception {
    ClienteApi.Respuesta mal = api().comoAdmin("/entidades/durango/informe?mes=octubre");
    assertEquals(422, mal.estado(), mal.cuerpo());
    assertEquals(
        "«octubre» no es un mes: use aaaa-mm (2020-11 es noviembre de 2020).",
        mal.json().asJsonObject().getString("mensaje"));
    assertEquals(422, api().comoAdmin("/entidades/durango/informe?mes=2021-13").estado());
    ClienteApi.Respuesta entidad = api().comoAdmin("/entidades/durnago/informe?mes=2021-10");
    assertEquals(404, entidad.estado(), entidad.cuerpo());
    assertTrue(entidad.tipo().startsWith("application/json"), entidad.tipo());
    assertTrue(entidad.cuerpo().contains("Durango"), entidad.cuerpo());
    ClienteApi.Respuesta proceso =
        api().comoAdmin("/entidades/durango/informe?mes=2021-10&proceso=1990");
    assertEquals(404, proceso.estado(), proceso.cuerpo());
    assertEquals(
        "Durango no tiene el proceso «1990».", proceso.json().asJsonObject().getString("mensaje"));
  }

  @Test
  void laPlantillaDeLaEntidadDaElMembrete() throws Exception {
    byte[] plantilla;
    HttpResponse<byte[]> predeterminada =
        api().descargar("/plantillas/predeterminada", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(200, predeterminada.statusCode());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(predeterminada.body()));
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      doc.createHeader(HeaderFooterType.DEFAULT)
          .createParagraph()
          .createRun()
          .setText("Instituto Estatal Electoral de Aguascalientes · membrete de prueba");
      doc.write(salida);
      plantilla = salida.toByteArray();
    }
    ClienteApi.Respuesta rechazada =
        subir("/plantillas/aguascalientes", "macro.docx", "no soy un docx".getBytes());
    assertEquals(422, rechazada.estado(), rechazada.cuerpo());
    assertEquals(
        "El archivo no es un documento de Word (.docx) que se pueda abrir.",
        rechazada.json().asJsonObject().getString("mensaje"));

    ClienteApi.Respuesta subida = subir("/plantillas/aguascalientes", "membrete.docx", plantilla);
    assertEquals(200, subida.estado(), subida.cuerpo());
    assertEquals("membrete.docx", subida.json().asJsonObject().getString("archivo"));
    try {
      List<JsonObject> lista =
          api().comoAdmin("/plantillas").json().asJsonArray().getValuesAs(JsonObject.class);
      assertTrue(
          lista.stream().anyMatch(p -> p.getString("entidad").equals("01")), lista.toString());
      HttpResponse<byte[]> informe =
          api()
              .descargar(
                  "/entidades/aguascalientes/informe?mes=2023-11",
                  ClienteApi.ADMIN,
                  ClienteApi.CLAVE_ADMIN);
      assertEquals(200, informe.statusCode());
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(informe.body()))) {
        String encabezados =
            doc.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining("\n"));
        assertTrue(encabezados.contains("membrete de prueba"), encabezados);
      }
    } finally {
      assertEquals(
          204,
          api()
              .enviar(
                  "DELETE",
                  "/plantillas/aguascalientes",
                  "application/json",
                  new byte[0],
                  ClienteApi.ADMIN,
                  ClienteApi.CLAVE_ADMIN)
              .estado());
    }
  }

  @Test
  void losMesesDicenSiSuInformeSeGeneroYSiSeRemitio() throws Exception {
    assertEquals(
        200,
        api()
            .descargar(
                "/entidades/coahuila/informe?mes=2020-12", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
            .statusCode());
    JsonObject meses = api().comoAdmin("/entidades/coahuila/informes").json().asJsonObject();
    assertEquals("Proceso Electoral Local Ordinario 2021", meses.getString("proceso"));
    assertEquals("2021-09", meses.getString("mesSugerido"));
    List<JsonObject> lista = meses.getJsonArray("meses").getValuesAs(JsonObject.class);
    JsonObject octubre = mes(lista, "2020-10");
    assertTrue(octubre.getBoolean("enviado"), octubre.toString());
    assertEquals("IEC/SE/1792/2020", octubre.getString("oficioEnvio"));
    JsonObject diciembre = mes(lista, "2020-12");
    assertTrue(diciembre.getBoolean("generado"), diciembre.toString());
    assertTrue(!diciembre.getBoolean("enviado"), diciembre.toString());
  }

  @Test
  void registrarElOficioQueRemiteElInformeLoDaPorEnviado() throws Exception {
    ClienteApi.Respuesta creado =
        api()
            .enviar(
                "POST",
                "/oficios",
                "application/json",
                ("{\"entidad\":\"Durango\",\"numero\":\"IEPC/UTC/22/031\","
                        + "\"fecha\":\"04/02/2022\",\"sentido\":\"Enviado al INE\","
                        + "\"asunto\":\"Remite el informe del mes de enero\","
                        + "\"entregables\":\"E03\"}")
                    .getBytes(StandardCharsets.UTF_8),
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(201, creado.estado(), creado.cuerpo());
    List<JsonObject> meses =
        api()
            .comoAdmin("/entidades/durango/informes?fecha=2022-02-28")
            .json()
            .asJsonObject()
            .getJsonArray("meses")
            .getValuesAs(JsonObject.class);
    JsonObject enero = mes(meses, "2022-01");
    assertTrue(enero.getBoolean("enviado"), enero.toString());
    assertEquals("IEPC/UTC/22/031", enero.getString("oficioEnvio"));
    assertEquals("2022-02-04", enero.getString("fechaEnvio"));
    JsonObject alCierreDeEnero =
        mes(
            api()
                .comoAdmin("/entidades/durango/informes?fecha=2022-01-31")
                .json()
                .asJsonObject()
                .getJsonArray("meses")
                .getValuesAs(JsonObject.class),
            "2022-01");
    assertTrue(
        !alCierreDeEnero.getBoolean("enviado"),
        "al 31/01/2022 aún no se enviaba: " + alCierreDeEnero);
  }

  @Test
  void elBotEnviaElDocumentoConSendDocument() throws Exception {
    ConversacionTelegram consejera =
        ConversacionTelegram.vinculada(telegram, api(), 7301, "consejero");
    int marca = telegram.marca();
    consejera.escribe("/informe coahuila noviembre 2020");
    List<BotApiFalsa.Llamada> documentos =
        telegram.espera(
            l -> l.numero() >= marca && l.metodo().equals("sendDocument") && l.chat() == 7301,
            1,
            Duration.ofSeconds(20));
    assertEquals(1, documentos.size(), consejera.texto());
    BotApiFalsa.Llamada envio = documentos.get(0);
    assertEquals("Informe del mes de noviembre de 2020 · Coahuila", envio.leyenda());
    assertNotNull(envio.archivo(), envio.crudo());
    assertEquals("informe-IEC-2020-11.docx", envio.archivo().nombre());
    String texto = texto(envio.archivo().contenido());
    assertTrue(texto.contains("IEC/CG/145/2020"), texto);
    assertTrue(texto.contains("INE/UNICOM/3320/2020"), texto);

    int otra = telegram.marca();
    consejera.escribe("informe de octubre de Durango");
    BotApiFalsa.Llamada durango =
        telegram
            .espera(
                l -> l.numero() >= otra && l.metodo().equals("sendDocument") && l.chat() == 7301,
                1,
                Duration.ofSeconds(20))
            .get(0);
    assertEquals("informe-IEPC-Durango-2021-10.docx", durango.archivo().nombre());
  }

  private static JsonObject mes(List<JsonObject> meses, String mes) {
    return meses.stream()
        .filter(m -> m.getString("mes").equals(mes))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No está el mes " + mes + " en " + meses));
  }

  private ClienteApi.Respuesta subir(String ruta, String nombre, byte[] archivo) throws Exception {
    String limite = "----prep" + System.nanoTime();
    ByteArrayOutputStream cuerpo = new ByteArrayOutputStream();
    cuerpo.write(
        ("--"
                + limite
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
                + nombre
                + "\"\r\nContent-Type: "
                + DOCX
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    cuerpo.write(archivo);
    cuerpo.write(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api()
        .enviar(
            "PUT",
            ruta,
            "multipart/form-data; boundary=" + limite,
            cuerpo.toByteArray(),
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN);
  }
}
