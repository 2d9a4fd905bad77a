package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * «Informe del mes» en un Chromium real sin pantalla: el administrador abre Coahuila, elige
 * noviembre de 2020 y descarga el informe, que POI abre con los hechos del informe semilla; la
 * tabla de meses dice entonces que se generó. Y la página de plantillas. Cada paso deja una captura
 * en {@code target/capturas/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InformeNavegadorIT extends PruebaEnNavegador {

  @Test
  void laPaginaDeLaEntidadDescargaElInformeDelMes() throws Exception {
    entrarComoAdministrador("entidad/05");
    navegador.conTexto("#h-informe", "Informe del mes");
    navegador.conTexto("#tabla-informes tbody", "noviembre de 2020");
    WebElement mes = navegador.el("#informe-mes");
    navegador.esperar(d -> mes.getAttribute("value").equals("2021-09") ? mes : null);
    ((JavascriptExecutor) navegador.driver()).executeScript("arguments[0].value = '2020-11'", mes);
    navegador.el("#descargar-informe").click();
    navegador.conTexto("#mensaje-informe", "Se descargó informe-IEC-2020-11.docx");
    Path descargado =
        navegador.esperar(
            d -> {
              try (Stream<Path> archivos = Files.list(navegador.descargas())) {
                return archivos
                    .filter(p -> p.getFileName().toString().equals("informe-IEC-2020-11.docx"))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                return null;
              }
            });
    String texto;
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(descargado));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      texto = extractor.getText();
    }
    assertTrue(texto.contains("IEC/CG/145/2020"), texto);
    assertTrue(texto.contains("III. Comunicación de entregables con INE"), texto);
    String fila = navegador.textoCon("#tabla-informes tbody tr", "noviembre de 2020");
    navegador.esperar(
        d ->
            navegador.textoCon("#tabla-informes tbody tr", "noviembre de 2020").contains("Sí,")
                ? true
                : null);
    assertTrue(fila.contains("noviembre de 2020"), fila);
    ((JavascriptExecutor) navegador.driver())
        .executeScript("document.getElementById('informe').scrollIntoView()");
    navegador.capturaVisible("informe-del-mes");
  }

  @Test
  void laPaginaDePlantillasListaLasEntidades() throws Exception {
    entrarComoAdministrador("plantillas");
    navegador.conTexto("h1", "Plantillas del informe mensual");
    String coahuila = navegador.textoCon("#tabla-plantillas tbody tr", "Coahuila");
    assertTrue(coahuila.contains("Predeterminada"), coahuila);
    navegador.captura("plantillas");
  }
}
