package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Descargar el libro y volver a importar una descarga: nada cambia. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportacionIT {

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private ClienteApi api() {
    return new ClienteApi(base.toString() + "api");
  }

  private byte[] descargar(String ruta) throws Exception {
    HttpResponse<byte[]> r = api().descargar(ruta, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(
        200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
        r.headers().toString());
    return r.body();
  }

  @Test
  void elLibroTieneLasHojasEnElOrdenDeLaEspecificacion() throws Exception {
    try (XSSFWorkbook libro =
        new XSSFWorkbook(new ByteArrayInputStream(descargar("/exportacion?fecha=2021-10-31")))) {
      List<String> hojas = new ArrayList<>();
      libro.forEach(h -> hojas.add(h.getSheetName()));
      assertEquals(
          List.of(
              "Resumen",
              "Procesos",
              "Acuerdos",
              "Oficios",
              "Sesiones",
              "Entregables",
              "COTAPREP",
              "Catálogo"),
          hojas);
      assertTrue(columna(libro.getSheet("Oficios"), "Número").contains("IEPC/SE/2119/2021"));
    }
  }

  @Test
  void elFiltroPorEntidadDejaSoloSusProcesos() throws Exception {
    try (XSSFWorkbook libro =
        new XSSFWorkbook(new ByteArrayInputStream(descargar("/exportacion?entidad=durango")))) {
      assertEquals(List.of("Durango"), columna(libro.getSheet("Procesos"), "Entidad"));
      assertTrue(
          columna(libro.getSheet("Oficios"), "Entidad").stream().allMatch("Durango"::equals));
    }
  }

  @Test
  void importarLoExportadoNoCambiaNada() throws Exception {
    byte[] libro = descargar("/exportacion");
    ClienteApi.Respuesta r =
        api()
            .subir(
                "/importaciones",
                "exportado.xlsx",
                libro,
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, r.estado(), r.cuerpo());
    JsonObject hojas = r.json().asJsonObject().getJsonObject("hojas");
    int sinCambios = 0;
    for (String hoja : hojas.keySet()) {
      JsonObject conteo = hojas.getJsonObject(hoja);
      assertEquals(0, conteo.getInt("nuevos"), hoja + ": " + r.cuerpo());
      assertEquals(0, conteo.getInt("actualizados"), hoja + ": " + r.cuerpo());
      sinCambios += conteo.getInt("sinCambios");
    }
    assertTrue(sinCambios >= 77, "al menos los 77 registros de la demostración: " + sinCambios);
  }

  @Test
  void unConsejeroNoDescarga() throws Exception {
    api().crearCuenta("consejero.exp", "clave-consejero-2", "consejero");
    assertEquals(
        403, api().descargar("/exportacion", "consejero.exp", "clave-consejero-2").statusCode());
  }

  /** Los valores de una columna, hallada por su encabezado en la primera fila de la hoja. */
  private static List<String> columna(Sheet hoja, String encabezado) {
    Row primera = hoja.getRow(hoja.getFirstRowNum());
    int indice = -1;
    for (int c = 0; c < primera.getLastCellNum(); c++) {
      if (encabezado.equals(primera.getCell(c).getStringCellValue())) {
        indice = c;
      }
    }
    assertTrue(indice >= 0, "no está la columna " + encabezado);
    List<String> valores = new ArrayList<>();
    for (int f = primera.getRowNum() + 1; f <= hoja.getLastRowNum(); f++) {
      Row fila = hoja.getRow(f);
      if (fila != null && fila.getCell(indice) != null) {
        valores.add(fila.getCell(indice).getStringCellValue());
      }
    }
    return valores;
  }
}
