package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Los plazos como dibujo en un Chromium real sin pantalla: la línea de tiempo del proceso de
 * Durango al 31/10/2021 (la fecha de su informe) en la página de la entidad, comparada marca por
 * marca con lo que contesta la API, y la franja de los próximos 60 días del tablero, comparada con
 * {@code /api/vencimientos}; y la de Coahuila al 30/11/2020, con más estados. Cada una deja su
 * captura (de portátil y de teléfono) en {@code target/capturas/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LineaDeTiempoNavegadorIT extends PruebaEnNavegador {

  private static final String FECHA = "2021-10-31";

  private static final String E03_DE_OCTUBRE =
      "E03 Informe mensual de avance en la implementación y operación del PREP de octubre de 2021:"
          + " vence el 05/11/2021, pendiente";

  /** Los estados de lo ya enviado a la fecha: solo ellos dicen su envío. */
  private static final Set<String> ENVIADOS =
      Set.of("Enviado", "Sin observaciones", "Observaciones atendidas", "Con observaciones");

  private ClienteApi api() {
    return new ClienteApi(url("api"));
  }

  private Object js(String codigo, Object... argumentos) {
    return ((JavascriptExecutor) navegador.driver()).executeScript(codigo, argumentos);
  }

  /** 2021-11-05 → 05/11/2021, como lo dice la marca. */
  private static String numerica(String iso) {
    return iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
  }

  private static String texto(JsonObject o, String campo) {
    // la API omite los campos nulos
    return !o.containsKey(campo) || o.isNull(campo) ? null : o.getString(campo);
  }

  /** La llave de un entregable: código y periodo ({@code E03 2021-10}, {@code E07}). */
  private static String llave(String codigo, String periodo) {
    return periodo == null ? codigo : codigo + " " + periodo;
  }

  /** El centro horizontal, en pixeles de la página, de lo que el selector encuentra. */
  private double centro(String css) {
    return ((Number)
            js(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                    + " return r.left + r.width / 2;",
                css))
        .doubleValue();
  }

  @Test
  void laLineaDeTiempoDeDurangoAl31DeOctubreDe2021() throws Exception {
    ClienteApi.Respuesta respuesta =
        api()
            .get(
                "/entidades/durango/expediente?fecha=" + FECHA,
                ClienteApi.ADMIN,
                ClienteApi.CLAVE_ADMIN);
    assertEquals(200, respuesta.estado(), respuesta.cuerpo());
    JsonObject expediente = respuesta.json().asJsonObject();
    // lo que la API dice de cada entregable con fecha límite: su estado y lo que su marca debe
    // decir
    Map<String, JsonObject> esperados = new TreeMap<>();
    for (JsonValue v : expediente.getJsonArray("entregables")) {
      JsonObject e = v.asJsonObject();
      if (texto(e, "fechaLimite") != null) {
        esperados.put(llave(e.getString("codigo"), texto(e, "periodo")), e);
      }
    }
    long mensuales = esperados.keySet().stream().filter(k -> k.startsWith("E03 ")).count();
    assertTrue(esperados.size() > 20 && mensuales >= 2, esperados.keySet().toString());

    entrarComoAdministrador("entidad/10?fecha=" + FECHA);
    navegador.el("#linea-tiempo svg.linea-tiempo g.entregable");
    List<WebElement> marcas = navegador.todos("#linea-tiempo svg.linea-tiempo g.entregable");
    assertEquals(esperados.size(), marcas.size(), "una marca por entregable esperado con fecha");

    Map<String, String> porLlave = new TreeMap<>();
    for (WebElement marca : marcas) {
      String codigo = marca.getAttribute("data-codigo");
      String periodo = marca.getAttribute("data-periodo");
      String etiqueta = marca.getAttribute("aria-label");
      porLlave.put(llave(codigo, periodo), etiqueta);
      JsonObject e = esperados.get(llave(codigo, periodo));
      assertTrue(e != null, "una marca que la API no espera: " + llave(codigo, periodo));
      assertEquals(e.getString("estado"), marca.getAttribute("data-estado"), etiqueta);
      assertEquals("img", marca.getAttribute("role"), etiqueta);
      assertTrue(
          etiqueta.startsWith(codigo + " " + e.getString("nombre")),
          "la marca dice su código y su nombre: " + etiqueta);
      assertTrue(
          etiqueta.contains("vence el " + numerica(e.getString("fechaLimite"))),
          "la marca dice su fecha límite: " + etiqueta);
      if (texto(e, "fechaEnvio") != null && ENVIADOS.contains(e.getString("estado"))) {
        assertTrue(
            etiqueta.contains("entregado el " + numerica(e.getString("fechaEnvio"))), etiqueta);
        assertEquals(
            1,
            marca.findElements(By.cssSelector("line.union")).size(),
            "la fecha límite unida al envío: " + etiqueta);
      }
      assertEquals(
          etiqueta,
          marca.findElement(By.tagName("title")).getAttribute("textContent"),
          "el título de la marca es su texto");
    }
    assertEquals(esperados.keySet(), porLlave.keySet());

    // los informes mensuales en su renglón, y solo ellos
    List<String> enElRenglonMensual = new ArrayList<>();
    for (WebElement m : navegador.todos("#linea-tiempo g.fila-mensual g.entregable")) {
      enElRenglonMensual.add(m.getAttribute("data-codigo"));
    }
    assertEquals(mensuales, enElRenglonMensual.size());
    assertTrue(enElRenglonMensual.stream().allMatch("E03"::equals), enElRenglonMensual.toString());
    assertEquals(
        List.of(),
        navegador.todos("#linea-tiempo g.fila-entregables g.entregable[data-codigo=E03]"));

    // la jornada y la fecha de referencia, con sus rótulos
    WebElement jornada = navegador.el("#linea-tiempo g.vertical.jornada");
    assertEquals("Jornada electoral: 5/jun/2022", jornada.getAttribute("aria-label"));
    assertEquals(
        "Jornada electoral: 5/jun/2022",
        jornada.findElement(By.tagName("text")).getAttribute("textContent"));
    WebElement referencia = navegador.el("#linea-tiempo g.vertical.referencia");
    assertEquals("Fecha de referencia: 31/oct/2021", referencia.getAttribute("aria-label"));
    assertEquals(
        "Fecha de referencia: 31/oct/2021",
        referencia.findElement(By.tagName("text")).getAttribute("textContent"));

    // el informe de octubre: pendiente, después de la referencia y mucho antes de la jornada
    assertEquals(E03_DE_OCTUBRE, porLlave.get("E03 2021-10"));
    // el acuerdo del COTAPREP, enviado antes de su fecha límite: su envío unido a ella
    assertEquals(
        "E04 Acuerdo de integración del COTAPREP: vence el 10/11/2021, entregado el 29/10/2021",
        porLlave.get("E04"));
    assertTrue(
        centro("#linea-tiempo g.entregable[data-codigo=E04] .envio")
            < centro("#linea-tiempo g.entregable[data-codigo=E04] .figura"),
        "el envío del E04 queda antes de su fecha límite");
    String octubre = "#linea-tiempo g.entregable[data-codigo=E03][data-periodo='2021-10'] .figura";
    double xOctubre = centro(octubre);
    double xReferencia = centro("#linea-tiempo g.vertical.referencia line");
    double xJornada = centro("#linea-tiempo g.vertical.jornada line");
    assertTrue(
        xReferencia < xOctubre && xOctubre < xJornada,
        "referencia " + xReferencia + ", E03 de octubre " + xOctubre + ", jornada " + xJornada);
    // los meses del eje, en español
    String meses =
        (String)
            js(
                "return [...document.querySelectorAll('#linea-tiempo .mes')].map(t => t.textContent).join(' ')");
    assertTrue(meses.startsWith("sep 2021 oct nov dic ene 2022"), meses);
    // la leyenda dice cada estado en palabras
    String leyenda = navegador.el("#linea-tiempo .leyenda-linea").getText();
    assertTrue(
        leyenda.contains("Pendiente en plazo") && leyenda.contains("Jornada electoral"), leyenda);

    js("document.getElementById('h-linea').scrollIntoView()");
    navegador.capturaVisible("linea-de-tiempo-durango");

    // en un teléfono: el dibujo se desliza de lado, se abre con la fecha de referencia a la vista
    // y su letra se sigue leyendo
    navegador.driver().manage().window().setSize(Navegador.TELEFONO);
    navegador.ir(url("entidad/10?fecha=" + FECHA));
    navegador.el("#linea-tiempo svg.linea-tiempo g.entregable");
    js("document.getElementById('h-linea').scrollIntoView()");
    navegador.esperar(
        d ->
            ((Number)
                            js(
                                "return document.querySelector('#linea-tiempo .linea-contenedor').scrollLeft"))
                        .doubleValue()
                    > 0
                ? true
                : null);
    assertTrue(
        (Boolean)
            js(
                "const c = document.querySelector('#linea-tiempo .linea-contenedor').getBoundingClientRect();"
                    + " const t = document.querySelector('#linea-tiempo .vertical.referencia text').getBoundingClientRect();"
                    + " return t.left >= c.left && t.right <= c.right;"),
        "el rótulo de la fecha de referencia se ve entero en el teléfono");
    long ancho = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long ventana = ((Number) js("return document.documentElement.clientWidth")).longValue();
    assertTrue(ancho <= ventana, "la página no se desborda: " + ancho + " > " + ventana);
    assertTrue(
        (Boolean)
            js(
                "const c = document.querySelector('#linea-tiempo .linea-contenedor');"
                    + " return c.scrollWidth > c.clientWidth;"),
        "el dibujo se desliza dentro de su caja");
    double letra =
        ((Number)
                js(
                    "return document.querySelector('#linea-tiempo .rotulo-marca')"
                        + ".getBoundingClientRect().height"))
            .doubleValue();
    assertTrue(letra >= 10, "los rótulos miden " + letra + " px de alto en el teléfono");
    navegador.capturaVisible("linea-de-tiempo-durango-telefono");
  }

  /**
   * Coahuila al cierre de noviembre de 2020 (su informe semilla): cada estado tiene su forma además
   * de su color, y la leyenda lo dice en palabras.
   */
  @Test
  void cadaEstadoTieneSuFormaYSuNombreEnLaLeyenda() throws Exception {
    entrarComoAdministrador("entidad/05?fecha=2020-11-30");
    navegador.el("#linea-tiempo svg.linea-tiempo g.entregable");
    Map<String, String> formas = new TreeMap<>();
    for (WebElement m : navegador.todos("#linea-tiempo g.entregable")) {
      formas.put(
          m.getAttribute("data-estado"), m.findElement(By.cssSelector(".figura")).getTagName());
    }
    assertEquals("polygon", formas.get("Con observaciones"), formas.toString());
    assertEquals("circle", formas.get("Sin observaciones"), formas.toString());
    assertEquals("circle", formas.get("Sin registro"), formas.toString());
    String leyenda = navegador.el("#linea-tiempo .leyenda-linea").getText();
    assertTrue(
        leyenda.contains("Con observaciones") && leyenda.contains("Sin observaciones o atendidas"),
        leyenda);
    js("document.getElementById('h-linea').scrollIntoView()");
    navegador.capturaVisible("linea-de-tiempo-coahuila-2020-11");
  }

  @Test
  void elTableroMuestraLosProximosSesentaDias() throws Exception {
    ClienteApi.Respuesta respuesta =
        api().get("/vencimientos?dias=60&fecha=" + FECHA, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(200, respuesta.estado(), respuesta.cuerpo());
    JsonObject datos = respuesta.json().asJsonObject();
    assertEquals(FECHA, datos.getString("desde"));
    assertEquals("2021-12-30", datos.getString("hasta"));
    List<String> esperados = new ArrayList<>();
    for (JsonValue v : datos.getJsonArray("vencimientos")) {
      JsonObject x = v.asJsonObject();
      esperados.add(
          x.getString("fechaLimite")
              + " "
              + x.getJsonObject("entidad").getString("clave")
              + " "
              + llave(x.getString("codigo"), texto(x, "periodo")));
    }
    assertTrue(esperados.contains("2021-11-05 10 E03 2021-10"), esperados.toString());

    entrarComoAdministrador("?fecha=" + FECHA);
    navegador.conTexto("#h-proximos", "Próximos 60 días");
    navegador.el("#lista-proximos li[data-codigo]");
    List<WebElement> renglones = navegador.todos("#lista-proximos li[data-codigo]");
    assertEquals(esperados.size(), renglones.size());
    List<WebElement> marcas = navegador.todos("#franja g.entregable");
    List<String> dibujadas = new ArrayList<>();
    for (WebElement m : marcas) {
      dibujadas.add(
          m.getAttribute("data-fecha-limite")
              + " "
              + m.findElement(By.xpath("ancestor::*[@data-entidad][1]"))
                  .getAttribute("data-entidad")
              + " "
              + llave(m.getAttribute("data-codigo"), m.getAttribute("data-periodo")));
    }
    assertEquals(esperados.stream().sorted().toList(), dibujadas.stream().sorted().toList());
    String primero = navegador.textoCon("#lista-proximos li", "E03");
    assertTrue(
        primero.startsWith("5/nov/2021 · Durango · E03 Informe mensual")
            && primero.contains("octubre de 2021")
            && primero.contains("(faltan 5 días)"),
        primero);
    WebElement durango =
        navegador.el("#franja g.entregable[data-codigo=E03][data-periodo='2021-10']");
    assertEquals(
        "Durango · " + E03_DE_OCTUBRE + " (faltan 5 días)", durango.getAttribute("aria-label"));
    assertEquals(
        "Fecha de referencia: 31/oct/2021",
        navegador.el("#franja g.vertical.referencia").getAttribute("aria-label"));

    js("document.getElementById('h-proximos').scrollIntoView()");
    navegador.capturaVisible("tablero-proximos-60-dias");
    navegador.driver().manage().window().setSize(Navegador.TELEFONO);
    js("document.getElementById('h-proximos').scrollIntoView()");
    long ancho = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long ventana = ((Number) js("return document.documentElement.clientWidth")).longValue();
    assertTrue(ancho <= ventana, "la página no se desborda: " + ancho + " > " + ventana);
    navegador.capturaVisible("tablero-proximos-60-dias-telefono");
    navegador.driver().manage().window().setSize(Navegador.PORTATIL);

    // la marca lleva a la entidad
    js(
        "arguments[0].closest('a').dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        durango);
    navegador.conTexto("h1", "Durango");
    assertTrue(navegador.driver().getCurrentUrl().contains("/entidad/10"));
  }

  @Test
  void losVencimientosPidenSesionYUnNumeroDeDiasValido() throws Exception {
    assertEquals(401, api().get("/vencimientos", null, null).estado());
    ClienteApi.Respuesta mal =
        api().get("/vencimientos?dias=cero", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
    assertEquals(400, mal.estado());
    assertEquals(
        "«cero» no es un número de días válido; use un entero de 1 a 366 (60).",
        mal.json().asJsonObject().getString("mensaje"));
    assertEquals(
        400,
        api().get("/vencimientos?dias=400", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).estado());
    JsonObject predeterminado =
        api()
            .get("/vencimientos?fecha=" + FECHA, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
            .json()
            .asJsonObject();
    assertEquals(60, predeterminado.getInt("dias"));
    assertFalse(predeterminado.getJsonArray("vencimientos").isEmpty());
  }
}
