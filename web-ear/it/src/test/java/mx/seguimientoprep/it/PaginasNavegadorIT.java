package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Las páginas en un Chromium real sin pantalla, como las usa una persona sobre los datos de
 * demostración a la fecha del informe de Durango: iniciar sesión, el tablero, Durango, una subida
 * con un error, una subida revisada y aplicada que luego se ve en la página de la entidad y en su
 * historial, registrar un oficio, la exportación, la consola del bot y una invitación, las cuentas,
 * un consejero que no entra a la importación, y el administrador que desactiva esa cuenta desde la
 * lista. Cada paso deja una captura en {@code target/capturas/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaginasNavegadorIT extends PruebaEnNavegador {

  private static final String FECHA = "?fecha=2021-10-31";

  /**
   * La respuesta del INE al oficio de Durango del 27/10/2021: un registro de prueba, posterior al
   * informe.
   */
  private static final String RESPUESTA_INE = "INE/UNICOM/5301/2021";

  private static final String CONSEJERO = "consejero.navegador";
  private static final String CLAVE_CONSEJERO = "clave-del-consejero";

  @Test
  @Order(1)
  void sinSesionPideEntrarYConLaContrasenaBuenaEntra() throws Exception {
    navegador.ir(url(FECHA));
    navegador.conTexto("h1", "Iniciar sesión");
    navegador.captura("01-inicio-de-sesion");

    entrar(ClienteApi.ADMIN, "no-es-esta");
    navegador.conTexto("#aviso", "no son correctos");
    navegador.captura("01b-contrasena-incorrecta");

    entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    navegador.conTexto(".barra .sesion", "admin");
  }

  @Test
  @Order(2)
  void elTableroMuestraLosEstadosDeLaDemostracion() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url(FECHA));
    WebElement durango = navegador.conTexto("#tablero tbody tr", "Durango");
    assertTrue(durango.getText().contains("Al día"), durango.getText());
    assertTrue(
        durango.getText().contains("1 sin registro antes del 01/10/2021"), durango.getText());
    assertTrue(durango.getText().contains("217"), "días para la jornada: " + durango.getText());
    assertEquals("31/oct/2021", navegador.el("#fecha-referencia").getText());
    List<WebElement> filas = navegador.todos("#tablero tbody tr");
    assertTrue(filas.size() >= 4, "las entidades de los informes");
    for (WebElement fila : filas) {
      String semaforo = fila.findElement(By.cssSelector(".semaforo")).getText();
      assertTrue(
          List.of("Al día", "Con observaciones", "Vencidos").contains(semaforo), fila.getText());
    }
    assertTrue(navegador.texto().contains("Coahuila"));
    // los segmentos de la barra de entregables la llenan (sus anchos son clases, no estilos en
    // línea)
    WebElement barra = durango.findElement(By.cssSelector(".barra-entregables"));
    int llenos =
        barra.findElements(By.cssSelector("span")).stream()
            .mapToInt(s -> s.getSize().getWidth())
            .sum();
    assertTrue(
        Math.abs(barra.getSize().getWidth() - llenos) <= 2,
        "segmentos de " + llenos + " px en una barra de " + barra.getSize().getWidth() + " px");
    navegador.captura("02-tablero");
    navegador.captura("02b-tablero-telefono", Navegador.TELEFONO);

    navegador.el("th[data-orden=dias] button").click();
    assertEquals("ascending", navegador.el("th[data-orden=dias]").getAttribute("aria-sort"));
    List<Integer> dias =
        navegador.todos("#tablero tbody tr .dias").stream()
            .map(e -> Integer.parseInt(e.getAttribute("data-dias")))
            .toList();
    assertEquals(dias.stream().sorted().toList(), dias, "ordenado por días para la jornada");
  }

  @Test
  @Order(3)
  void unClicAbreDurangoAlDiaConE02SinRegistro() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url(FECHA));
    navegador
        .conTexto("#tablero tbody tr", "Durango")
        .findElement(By.cssSelector(".semaforo"))
        .click();
    navegador.conTexto("#titulo", "Durango (IEPC Durango)");
    assertTrue(navegador.driver().getCurrentUrl().contains("/entidad/10"));
    WebElement e02 = navegador.conTexto("#tabla-entregables tbody tr.sin-registro", "E02");
    assertTrue(e02.getText().contains("Sin registro"), e02.getText());
    assertTrue(navegador.todos("#tabla-entregables tbody tr.vencido").isEmpty(), "nada vencido");
    navegador.conTexto("#datos-proceso", "sin registro antes del 01/10/2021");
    navegador.conTexto("#hilos .oficio", "IEPC/SE/2119/2021");
    navegador.conTexto("#tabla-historial tbody tr", "Datos de demostración");
    assertTrue(navegador.texto().contains("IEPC/CG139/2021"), "el acuerdo del COTAPREP");
    navegador.captura("03-entidad-durango");
    navegador.captura("03b-entidad-durango-telefono", Navegador.TELEFONO);
  }

  @Test
  @Order(4)
  void unLibroConUnErrorLoMuestraEnSuHojaFilaYColumna() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("importar"));
    Path libro =
        libro(
            "con-error.xlsx",
            List.of(
                List.of(
                    "Durango",
                    "2021-2022",
                    "IEPC/SE/2999/2021",
                    "31/02/2021",
                    "Enviado al INE",
                    "Secretaría Ejecutiva del IEPC",
                    "UNICOM",
                    "Remite el informe mensual",
                    "",
                    "")));
    navegador.el("#archivo").sendKeys(libro.toString());
    navegador.el("#revisar").click();
    WebElement error = navegador.conTexto("#tabla-errores tbody tr", "31/02/2021");
    List<String> celdas =
        error.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertEquals("Oficios", celdas.get(0));
    assertEquals("3", celdas.get(1), "la fila como la muestra Excel");
    assertEquals("Fecha", celdas.get(2));
    assertFalse(celdas.get(4).isBlank(), "el mensaje");
    assertFalse(navegador.el("#aplicar").isDisplayed(), "con errores no se puede aplicar");
    navegador.captura("04-importar-con-error");
  }

  @Test
  @Order(5)
  void unLibroBuenoSeRevisaSeAplicaYSeVeEnLaEntidadYSuHistorial() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("importar"));
    Path libro =
        libro(
            "respuesta-ine.xlsx",
            List.of(
                List.of(
                    "Durango",
                    "2021-2022",
                    RESPUESTA_INE,
                    "10/11/2021",
                    "Recibido del INE",
                    "UNICOM",
                    "Secretaría Ejecutiva del IEPC",
                    "Atiende el oficio IEPC/SE/2119/2021 sobre temas del PREP.",
                    "",
                    "IEPC/SE/2119/2021")));
    navegador.el("#archivo").sendKeys(libro.toString());
    navegador.el("#revisar").click();
    navegador.conTexto("#estado-informe", "Si lo aplica");
    WebElement oficios = navegador.conTexto("#tabla-conteos tbody tr", "Oficios");
    assertEquals("1", oficios.findElements(By.tagName("td")).get(0).getText(), "un oficio nuevo");
    navegador.captura("05-importar-revision");

    navegador.el("#aplicar").click();
    navegador.conTexto("#estado-informe", "Se aplicó el libro");
    navegador.conTexto("#tabla-bitacora tbody tr", "respuesta-ine.xlsx");
    navegador.captura("06-importar-aplicado");

    navegador.ir(url("entidad/10" + FECHA));
    WebElement respuesta = navegador.conTexto("#hilos ol.respuestas .oficio", RESPUESTA_INE);
    assertTrue(respuesta.getText().contains("El INE respondió en 14 días"), respuesta.getText());
    WebElement hilo =
        respuesta.findElement(
            By.xpath("ancestor::ol[@class='respuestas']/preceding-sibling::article"));
    assertTrue(hilo.getText().contains("IEPC/SE/2119/2021"), "bajo el oficio que contesta");
    String cambio = navegador.textoCon("#tabla-historial tbody tr", RESPUESTA_INE);
    assertTrue(cambio.contains("admin"), cambio);
    assertTrue(cambio.contains("Hoja de seguimiento"), cambio);
    assertEquals(
        cambio,
        navegador.textoCon("#tabla-historial tbody tr:first-child", ""),
        "el cambio más reciente");
    desplazarA(respuesta);
    navegador.capturaVisible("07-entidad-con-la-respuesta-del-ine");
    desplazarA(navegador.el("#historial"));
    navegador.capturaVisible("07b-historial-con-el-cambio");
  }

  @Test
  @Order(6)
  void unOficioSeRegistraDesdeLaPaginaDeLaEntidad() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("entidad/10" + FECHA));
    navegador.conTexto("#titulo", "Durango");
    navegador.el("#registrar summary").click();
    navegador.el("#of-numero").sendKeys("IEPC/SE/2301/2021");
    ((JavascriptExecutor) navegador.driver())
        .executeScript("document.getElementById('of-fecha').value = '2021-11-12'");
    new Select(navegador.el("#of-sentido")).selectByVisibleText("Enviado al INE");
    navegador.el("#of-asunto").sendKeys("Remite el informe mensual de octubre.");
    navegador.el("#of-entregables").sendKeys("E03");
    navegador.el("#form-oficio button[type=submit]").click();
    navegador.conTexto("#mensaje-oficio", "Se registró el oficio IEPC/SE/2301/2021");
    String cambio = navegador.textoCon("#tabla-historial tbody tr", "IEPC/SE/2301/2021");
    assertTrue(cambio.contains("Web"), "registrado desde la página: " + cambio);
    navegador.conTexto("#hilos .oficio", "IEPC/SE/2301/2021");
    desplazarA(navegador.el("#mensaje-oficio"));
    navegador.capturaVisible("08-oficio-registrado");
  }

  @Test
  @Order(7)
  void laExportacionDescargaUnLibro() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("exportar"));
    new Select(navegador.conTexto("#entidad", "Durango")).selectByValue("10");
    navegador.el("#descargar").click();
    navegador.conTexto("#mensaje", "Se descargó");
    Path descargado =
        navegador.esperar(
            d -> {
              try (Stream<Path> archivos = Files.list(navegador.descargas())) {
                return archivos
                    .filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                return null;
              }
            });
    byte[] bytes = Files.readAllBytes(descargado);
    assertTrue(bytes.length > 1000, "un libro, no un mensaje");
    assertEquals('P', bytes[0]);
    assertEquals('K', bytes[1], "un .xlsx es un zip");
    navegador.captura("09-exportar");
  }

  @Test
  @Order(8)
  void elAdministradorPruebaElBotEInvitaAUnaConsejera() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("bot"));
    navegador.el("#co-texto").sendKeys("estado del PREP Durango");
    navegador.el("#form-consola button[type=submit]").click();
    navegador.conTexto("#respuestas .consola-respuesta", "Durango");

    navegador.el("#in-nombre").sendKeys("Consejera de prueba");
    new Select(navegador.el("#in-rol")).selectByValue("consejero");
    navegador.el("#form-invitar button[type=submit]").click();
    navegador.conTexto("#mensaje-invitar", "Invitación creada");
    String codigo = navegador.el("#codigo").getText();
    assertFalse(codigo.isBlank(), "el código para /start");
    assertTrue(navegador.el("#instrucciones").getText().contains("/start " + codigo));
    assertFalse(navegador.todos("#tabla-vinculados tbody tr").isEmpty(), "la lista de vinculados");
    navegador.captura("13-bot");
  }

  @Test
  @Order(9)
  void elAdministradorCreaUnaCuentaDeConsejeroQueNoEntraAImportar() throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("usuarios"));
    navegador.el("#cr-nombre").sendKeys(CONSEJERO);
    new Select(navegador.el("#cr-rol")).selectByValue("consejero");
    navegador.el("#cr-clave").sendKeys(CLAVE_CONSEJERO);
    navegador.el("#cr-confirmar").sendKeys(CLAVE_CONSEJERO);
    navegador.el("#form-crear button[type=submit]").click();
    navegador.conTexto("#mensaje-crear", "Se creó el usuario «" + CONSEJERO + "»");
    navegador.captura("10-usuarios");

    navegador.el(".barra .sesion button").click();
    navegador.conTexto("#aviso", "Cerró su sesión");
    navegador.captura("11-sesion-cerrada");

    entrar(CONSEJERO, CLAVE_CONSEJERO);
    navegador.conTexto(".barra .sesion", CONSEJERO);
    navegador.ir(url(FECHA));
    navegador.conTexto("#tablero tbody tr", "Durango");
    assertTrue(navegador.todos(".barra nav a[href$='/importar']").isEmpty(), "sin Importar");

    navegador.ir(url("importar"));
    navegador.conTexto("h1", "Sin permiso");
    assertFalse(navegador.texto().contains("Revisar"));
    navegador.captura("12-consejero-sin-permiso");
  }

  @Test
  @Order(10)
  void elAdministradorDesactivaLaCuentaDelConsejeroDesdeLaLista() throws Exception {
    // La cuenta que desactiva, creada por la API si la prueba de las cuentas no corrió antes: la
    // prueba se sostiene sola (201 si es nueva, 422 si ya existía).
    int creada =
        new ClienteApi(url("api")).crearCuenta(CONSEJERO, CLAVE_CONSEJERO, "consejero").estado();
    assertTrue(creada == 201 || creada == 422, "crear la cuenta: " + creada);
    entrarComoAdministrador(FECHA);
    navegador.ir(url("usuarios"));
    String fila = "#tabla-cuentas tr[data-cuenta='" + CONSEJERO + "']";
    navegador.conTexto(fila, "Activa");
    navegador.el(fila + " button.peligro").click();
    navegador.esperar(ExpectedConditions.alertIsPresent()).accept();
    navegador.conTexto("#mensaje-cuentas", "Se desactivó la cuenta «" + CONSEJERO + "»");
    navegador.conTexto(fila, "Desactivada");
    navegador.captura("14-cuenta-desactivada");
  }

  /**
   * El informe real de noviembre de 2020 de Coahuila, leído en «Leer un informe»: propone sus
   * hechos con su enunciado y la clave resaltada, y aplicarlo sobre la demostración no cambia nada.
   */
  @Test
  @Order(11)
  void unInformeSeLeeSusPropuestasSeVenConSuEnunciadoYAplicarloNoCambiaLaDemostracion()
      throws Exception {
    entrarComoAdministrador(FECHA);
    navegador.ir(url("importar"));
    Path informe =
        Path.of(
                "../../informe-io/src/test/resources/informes/semillas/"
                    + "coahuila-informe-noviembre-2020.txt")
            .toAbsolutePath()
            .normalize();
    navegador.el("#archivo-informe").sendKeys(informe.toString());
    navegador.el("#leer-informe").click();
    navegador.conTexto("#estado-propuestas", "14 propuestas");
    // La propuesta de la respuesta del INE: la que resalta su número en el enunciado (otras
    // propuestas, como la del oficio que atiende sus observaciones, lo citan en el suyo).
    WebElement respuesta =
        navegador.esperar(
            d ->
                d.findElements(By.cssSelector("#lista-propuestas li")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(
                        li ->
                            li.findElements(By.cssSelector("blockquote mark")).stream()
                                .anyMatch(m -> m.getText().equals("INE/UNICOM/3320/2020")))
                    .findFirst()
                    .orElse(null));
    assertTrue(respuesta.getText().contains("mismas que se recibieron"), respuesta.getText());
    navegador.captura("12-leer-un-informe");
    navegador.el("#aplicar-informe").click();
    navegador.conTexto(
        "#estado-propuestas", "Se aplicó el informe: 0 registros nuevos o actualizados");
    navegador.conTexto("#tabla-bitacora tbody tr", "coahuila-informe-noviembre-2020.txt");
  }

  @Test
  @Order(12)
  void seSuscribeAlCalendarioDesdeLaPaginaDeDurango() throws Exception {
    entrarComoAdministrador("entidad/10" + FECHA);
    navegador.conTexto("#titulo", "Durango (IEPC Durango)");
    WebElement descargar = navegador.el("#enlace-calendario");
    assertTrue(descargar.getText().contains("Descargar calendario (.ics)"), descargar.getText());
    assertTrue(descargar.getAttribute("href").contains("/api/entidades/10/calendario.ics"));
    WebElement suscribirse =
        navegador.conTexto("#suscribir-calendario", "Suscribirse en un calendario");
    desplazarA(suscribirse);
    suscribirse.click();
    navegador.conTexto("#mensaje-calendario", "Calendario de Durango creado");
    String direccion = navegador.el("#url-calendario").getAttribute("value");
    assertTrue(direccion.startsWith(base + "calendario/") && direccion.endsWith(".ics"), direccion);
    navegador.el("#calendario-personal button").click();
    navegador.conTexto("#calendario-personal .copiable", "Copiada");
    navegador.capturaVisible("15-suscribirse-al-calendario");

    // Lo que hará la aplicación de calendario: leer la dirección sin sesión.
    HttpResponse<String> calendario =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(direccion)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, calendario.statusCode(), calendario.body());
    String ics = calendario.body().replace("\r\n ", "");
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
    assertTrue(ics.contains("X-WR-CALNAME:PREP Durango"), ics);
    assertTrue(ics.contains("SUMMARY:Durango · E03"), "el informe mensual de Durango");
    assertTrue(ics.lines().filter("BEGIN:VEVENT"::equals).count() > 30, "sus entregables");

    navegador.ir(url("calendarios"));
    navegador.conTexto("#tabla-calendarios tbody tr", "Durango");
    assertFalse(navegador.texto().contains(direccion), "la dirección no se vuelve a mostrar");
    navegador.captura("16-calendarios");
  }

  private static void desplazarA(WebElement elemento) {
    ((JavascriptExecutor) navegador.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", elemento);
  }

  private static final List<String> COLUMNAS =
      List.of(
          "Entidad",
          "Proceso",
          "Número",
          "Fecha",
          "Sentido",
          "Remitente",
          "Destinatario",
          "Asunto",
          "Entregables",
          "En respuesta a");

  /**
   * Un libro con una hoja {@code Oficios} como la llena el personal, guardado donde Chromium puede
   * tomarlo.
   */
  private static Path libro(String nombre, List<List<String>> filas) throws IOException {
    try (XSSFWorkbook libro = new XSSFWorkbook();
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      XSSFSheet hoja = libro.createSheet("Oficios");
      hoja.createRow(0).createCell(0).setCellValue("Seguimiento del PREP · oficios del mes");
      XSSFRow encabezado = hoja.createRow(1);
      for (int i = 0; i < COLUMNAS.size(); i++) {
        encabezado.createCell(i).setCellValue(COLUMNAS.get(i));
      }
      for (int f = 0; f < filas.size(); f++) {
        XSSFRow fila = hoja.createRow(f + 2);
        for (int c = 0; c < filas.get(f).size(); c++) {
          fila.createCell(c).setCellValue(filas.get(f).get(c));
        }
      }
      libro.write(salida);
      Path archivo = Files.createTempDirectory("prep-libro-").resolve(nombre);
      Files.write(archivo, salida.toByteArray());
      return archivo;
    }
  }
}
