package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Un Chromium real sin pantalla ({@code chromium} y {@code chromium-driver} de Debian), manejado
 * por Selenium con los binarios nombrados explícitamente para que nunca se descargue nada; las
 * capturas quedan en {@code target/capturas/} para que una persona las vea.
 */
final class Navegador implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Dimension PORTATIL = new Dimension(1366, 900);
  static final Dimension TELEFONO = new Dimension(390, 844);

  private final ChromeDriver driver;
  private int fallos;
  private final Path perfil;
  private final Path descargas;
  private final Path capturas;

  private Navegador(ChromeDriver driver, Path perfil, Path descargas, Path capturas) {
    this.driver = driver;
    this.perfil = perfil;
    this.descargas = descargas;
    this.capturas = capturas;
  }

  /** Arranca Chromium; si falta, falla (nunca se salta) diciendo qué instalar. */
  static Navegador abrir() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "Las pruebas en el navegador necesitan Chromium y su controlador ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "), y no están instalados. Instálelos con «apt-get install -y chromium"
              + " chromium-driver» (como root), o ejecute ./pruebas.sh, que los instala.");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path destino = Path.of(System.getProperty("prep.capturas", "target/capturas"));
    Files.createDirectories(destino);
    Path perfil = Files.createTempDirectory("prep-chromium-");
    Path descargas = Files.createTempDirectory("prep-descargas-");
    ChromeOptions opciones = new ChromeOptions();
    opciones.setBinary(CHROMIUM.toFile());
    opciones.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--lang=es-MX",
        "--user-data-dir=" + perfil,
        "--window-size=" + PORTATIL.width + "," + PORTATIL.height);
    opciones.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            descargas.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "es-MX,es"));
    // la consola del navegador, para ver lo que la política de contenido haya bloqueado
    LoggingPreferences registro = new LoggingPreferences();
    registro.enable(LogType.BROWSER, Level.ALL);
    opciones.setCapability("goog:loggingPrefs", registro);
    ChromeDriverService servicio =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(servicio, opciones);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Navegador(driver, perfil, descargas, destino);
  }

  WebDriver driver() {
    return driver;
  }

  void ir(String url) {
    driver.get(url);
  }

  WebElement el(String css) {
    return esperar(d -> d.findElement(By.cssSelector(css)));
  }

  List<WebElement> todos(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Espera a que {@code css} se muestre con {@code texto}; responde el elemento. */
  WebElement conTexto(String css, String texto) {
    return esperar(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> e.getText().contains(texto))
                .findFirst()
                .orElse(null));
  }

  /**
   * Espera como {@link #conTexto} y da el texto del elemento, leído en el mismo momento: una tabla
   * que un script vuelve a dibujar no deja a la prueba con un elemento viejo.
   */
  String textoCon(String css, String texto) {
    return esperar(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(t -> t.contains(texto))
                .findFirst()
                .orElse(null));
  }

  /**
   * Espera hasta 20 s; si se agota, deja una captura {@code fallo-N.png} y dice qué mostraba la
   * página, para que una falla se explique sola.
   */
  <T> T esperar(Function<WebDriver, T> condicion) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.NoSuchElementException.class)
          .ignoring(StaleElementReferenceException.class)
          .until(d -> mientrasCambiaLaPagina(condicion, d));
    } catch (TimeoutException e) {
      String captura = "";
      try {
        captura = " Captura: " + captura("fallo-" + (++fallos), PORTATIL) + ".";
      } catch (IOException | RuntimeException sinCaptura) {
        captura = "";
      }
      throw new AssertionError(
          "La página no mostró lo esperado en 20 s ("
              + driver.getCurrentUrl()
              + ")."
              + captura
              + " Texto de la página:\n"
              + texto(),
          e);
    }
  }

  /**
   * La condición, o {@code null} (seguir esperando) si Chromium dice que el elemento ya no está en
   * el documento: mientras una página reemplaza a otra (tras enviar un formulario, sobre todo con
   * la máquina cargada), chromedriver responde «Node with given id does not belong to the document»
   * como error genérico en lugar de {@link StaleElementReferenceException}. Es lo mismo: el
   * elemento era de la página anterior, y la siguiente vuelta lo busca en la nueva.
   */
  private static <T> T mientrasCambiaLaPagina(Function<WebDriver, T> condicion, WebDriver d) {
    try {
      return condicion.apply(d);
    } catch (WebDriverException e) {
      String mensaje = String.valueOf(e.getMessage());
      if (mensaje.contains("does not belong to the document")
          || mensaje.contains("No node with given id")) {
        return null;
      }
      throw e;
    }
  }

  /** Sin sesión: borra las cookies del sitio, como quien abre una ventana nueva. */
  void sinSesion() {
    driver.manage().deleteAllCookies();
  }

  String texto() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Lo que la política de contenido (Content-Security-Policy) bloqueó desde la última vez que se
   * preguntó: los mensajes de la consola del navegador que la mencionan.
   */
  List<String> bloqueadoPorLaPolitica() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  /**
   * Una captura de toda la página (tan alta como Chromium lo permite) en una ventana del ancho
   * dado; en un teléfono, solo de la primera pantalla, como la ve una persona al abrir la página.
   */
  Path captura(String nombre, Dimension ventana) throws IOException {
    driver.manage().window().setSize(ventana);
    if (ventana.width >= PORTATIL.width) {
      long alto =
          ((Number)
                  ((JavascriptExecutor) driver)
                      .executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      driver
          .manage()
          .window()
          .setSize(new Dimension(ventana.width, (int) Math.max(alto + 120, ventana.height)));
    }
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Path destino = guardar(nombre);
    driver.manage().window().setSize(PORTATIL);
    return destino;
  }

  Path captura(String nombre) throws IOException {
    return captura(nombre, PORTATIL);
  }

  /** Una captura de lo que la ventana muestra ahora, donde la prueba se desplazó. */
  Path capturaVisible(String nombre) throws IOException {
    return guardar(nombre);
  }

  private Path guardar(String nombre) throws IOException {
    File archivo = driver.getScreenshotAs(OutputType.FILE);
    Path destino = capturas.resolve(nombre + ".png");
    Files.copy(archivo.toPath(), destino, StandardCopyOption.REPLACE_EXISTING);
    return destino;
  }

  /** La carpeta donde Chromium guarda las descargas. */
  Path descargas() {
    return descargas;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      borrar(perfil);
      borrar(descargas);
    }
  }

  private static void borrar(Path carpeta) throws IOException {
    if (!Files.exists(carpeta)) {
      return;
    }
    try (var rutas = Files.walk(carpeta)) {
      rutas.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
