package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** El registro de un oficio por la API, como lo hace un script o la página web. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OficiosApiIT {

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private ClienteApi.Respuesta enviar(String json) throws Exception {
    return new ClienteApi(base.toString() + "api")
        .enviar(
            "POST",
            "/oficios",
            "application/json",
            json.getBytes(StandardCharsets.UTF_8),
            ClienteApi.ADMIN,
            ClienteApi.CLAVE_ADMIN);
  }

  @Test
  void unOficioNuevoSeRegistraYUnNumeroRepetidoSeRechazaMostrandoElExistente() throws Exception {
    String oficio =
        "{\"entidad\":\"Coah.\",\"proceso\":\"2021\",\"numero\":\"IEC / SE / 7001 / 2020\","
            + "\"fecha\":\"tres (03) de diciembre de dos mil veinte (2020)\","
            + "\"sentido\":\"Enviado al INE\",\"asunto\":\"Remite el informe de noviembre\","
            + "\"entregables\":\"E03\"}";
    ClienteApi.Respuesta creado = enviar(oficio);
    assertEquals(201, creado.estado(), creado.cuerpo());
    JsonObject json = creado.json().asJsonObject();
    assertEquals("IEC/SE/7001/2020", json.getString("numero"));
    assertEquals("2020-12-03", json.getString("fecha"));
    assertEquals("Coahuila", json.getString("entidad"));
    assertEquals("Proceso Electoral Local Ordinario 2021", json.getString("proceso"));

    ClienteApi.Respuesta repetido = enviar(oficio);
    assertEquals(409, repetido.estado(), repetido.cuerpo());
    JsonObject duplicado = repetido.json().asJsonObject();
    assertTrue(duplicado.getString("mensaje").contains("ya está registrado"), repetido.cuerpo());
    assertEquals(
        "Remite el informe de noviembre", duplicado.getJsonObject("existente").getString("asunto"));
  }

  @Test
  void cadaCampoInvalidoDiceQueEstaMal() throws Exception {
    ClienteApi.Respuesta r =
        enviar(
            "{\"entidad\":\"Durnago\",\"numero\":\"IEPC/SE/7002/2021\",\"fecha\":\"31/02/2021\","
                + "\"sentido\":\"por correo\",\"asunto\":\"x\"}");
    assertEquals(422, r.estado(), r.cuerpo());
    List<JsonObject> errores =
        r.json().asJsonObject().getJsonArray("errores").getValuesAs(JsonObject.class);
    List<String> campos = errores.stream().map(e -> e.getString("campo")).toList();
    assertEquals(List.of("Entidad", "Fecha", "Sentido"), campos);
    assertTrue(errores.get(0).getString("mensaje").contains("Durango"), r.cuerpo());
    assertTrue(errores.get(1).getString("mensaje").contains("no es una fecha válida"), r.cuerpo());
  }
}
