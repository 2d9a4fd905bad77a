package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Lo que comparten las pruebas en el navegador: el EAR de pruebas desplegado, un Chromium por
 * clase, cada prueba sin sesión al empezar (entra por sí misma: si una falla, las demás no heredan
 * su sesión rota), el inicio de sesión por el formulario, como una persona, y al terminar cada
 * prueba, nada bloqueado por la política de contenido.
 */
abstract class PruebaEnNavegador {

  static Navegador navegador;

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void abrir() throws IOException {
    navegador = Navegador.abrir();
  }

  @AfterAll
  static void cerrar() throws IOException {
    if (navegador != null) {
      navegador.close();
    }
  }

  @BeforeEach
  void sinSesion() {
    navegador.sinSesion();
  }

  @AfterEach
  void nadaBloqueadoPorLaPoliticaDeContenido() {
    navegador.driver().manage().window().setSize(Navegador.PORTATIL);
    assertEquals(List.of(), navegador.bloqueadoPorLaPolitica());
  }

  String url(String ruta) {
    return base.toString() + ruta;
  }

  /** Abre la ruta sin sesión, entra como administrador y espera ver su nombre. */
  void entrarComoAdministrador(String ruta) {
    navegador.ir(url(ruta));
    navegador.conTexto("h1", "Iniciar sesión");
    entrar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    navegador.conTexto(".barra .sesion", ClienteApi.ADMIN);
  }

  /**
   * Llena y envía el formulario de inicio de sesión. Los campos se buscan de nuevo en cada intento:
   * si la página cambió entre buscarlos y escribir en ellos, se vuelve a intentar en la página
   * nueva.
   */
  void entrar(String usuario, String clave) {
    navegador.esperar(
        d -> {
          WebElement campoUsuario = d.findElement(By.id("usuario"));
          WebElement campoClave = d.findElement(By.id("clave"));
          campoUsuario.clear();
          campoUsuario.sendKeys(usuario);
          campoClave.clear();
          campoClave.sendKeys(clave);
          d.findElement(By.cssSelector("form button[type=submit]")).click();
          return true;
        });
  }
}
