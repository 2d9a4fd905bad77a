package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El webhook de Telegram ante un extraño: el secreto y el tamaño declarado se revisan antes de leer
 * el cuerpo (la respuesta llega sin que el cuerpo se envíe), y nunca se lee más de 1 MB, declare o
 * no su tamaño (chunked). Un update normal sigue pasando.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT extends PruebaConElBot {

  private static final String SECRETO = "secreto-de-pruebas-it";
  private static final String CABECERA = "X-Telegram-Bot-Api-Secret-Token";
  private static final int DOS_MB = 2 * 1024 * 1024;

  /** Lo que se declara y nunca se envía: casi todo lo que el servidor acepta (25 MB). */
  private static final long DECLARADO = 20L * 1024 * 1024;

  /** Lo que se espera la respuesta: mucho menos de lo que tardaría en llegar un cuerpo lento. */
  private static final Duration AL_INSTANTE = Duration.ofSeconds(5);

  @Test
  void unSecretoMaloConUnCuerpoEnormeSeContestaSinEsperarElCuerpo() throws Exception {
    Respuesta malo = sinEnviarElCuerpo(Map.of(CABECERA, "otro-secreto"));
    assertEquals(403, malo.estado(), malo.cuerpo());
    assertTrue(malo.mensaje().contains("secreto"), malo.cuerpo());

    Respuesta sinSecreto = sinEnviarElCuerpo(Map.of());
    assertEquals(401, sinSecreto.estado(), sinSecreto.cuerpo());
    assertTrue(sinSecreto.mensaje().contains("secreto"), sinSecreto.cuerpo());
  }

  @Test
  void conUnaCookieDeSesionYUnFormularioTampocoSeLeeElCuerpo() throws Exception {
    // cualquiera obtiene una sesión (sin iniciarla) con solo pedir una página
    CookieManager cookies = new CookieManager();
    HttpClient.newBuilder()
        .cookieHandler(cookies)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(base.toString())).build(),
            HttpResponse.BodyHandlers.discarding());
    String sesion =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("JSESSIONID"))
            .findFirst()
            .orElseThrow()
            .getValue();
    Map<String, String> encabezados = new LinkedHashMap<>();
    encabezados.put("Cookie", "JSESSIONID=" + sesion);
    encabezados.put("Content-Type", "application/x-www-form-urlencoded");
    encabezados.put(CABECERA, "otro-secreto");
    Respuesta r = sinEnviarElCuerpo(encabezados);
    assertEquals(403, r.estado(), r.cuerpo());
  }

  @Test
  void masDeUnMegaConElSecretoRecibe413() throws Exception {
    Respuesta declarado = sinEnviarElCuerpo(Map.of(CABECERA, SECRETO));
    assertEquals(413, declarado.estado(), declarado.cuerpo());
    assertTrue(declarado.mensaje().contains("1 MB"), declarado.cuerpo());

    byte[] dosMegas = new byte[DOS_MB];
    Arrays.fill(dosMegas, (byte) 'x');
    HttpResponse<String> completo =
        enviar(HttpRequest.BodyPublishers.ofByteArray(dosMegas), SECRETO);
    assertEquals(413, completo.statusCode(), completo.body());
    assertTrue(mensaje(completo.body()).contains("1 MB"), completo.body());

    // sin tamaño declarado (chunked): se deja de leer al pasar de 1 MB
    HttpResponse<String> sinTamano =
        enviar(
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(dosMegas)),
            SECRETO);
    assertEquals(413, sinTamano.statusCode(), sinTamano.body());
    assertTrue(mensaje(sinTamano.body()).contains("1 MB"), sinTamano.body());
  }

  @Test
  void unUpdateNormalSinTamanoDeclaradoSeAtiende() throws Exception {
    long usuario = 9100;
    int marca = telegram.marca();
    byte[] update =
        telegram
            .updateDeTexto(telegram.idNuevo(), usuario, "hola")
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r =
        enviar(
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(update)),
            SECRETO);
    assertEquals(200, r.statusCode(), r.body());
    List<BotApiFalsa.Llamada> respuestas =
        telegram.espera(
            l -> l.numero() >= marca && l.metodo().equals("sendMessage") && l.chat() == usuario,
            1,
            Duration.ofSeconds(20));
    assertEquals(1, respuestas.size(), "el bot contestó al desconocido una vez");
  }

  private record Respuesta(int estado, String cuerpo) {
    String mensaje() {
      return WebhookIT.mensaje(cuerpo);
    }
  }

  private static String mensaje(String json) {
    JsonObject objeto = Json.createReader(new StringReader(json)).readObject();
    return objeto.getString("mensaje");
  }

  private HttpResponse<String> enviar(HttpRequest.BodyPublisher cuerpo, String secreto)
      throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(base + "api/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header(CABECERA, secreto)
                .POST(cuerpo)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Envía las cabeceras de un POST al webhook que declara {@link #DECLARADO} bytes, y solo 1 KB de
   * ellos; espera la respuesta a lo más {@link #AL_INSTANTE}. Un servidor que leyera el cuerpo
   * antes de contestar no contestaría.
   */
  private Respuesta sinEnviarElCuerpo(Map<String, String> encabezados) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) AL_INSTANTE.toMillis());
      StringBuilder peticion =
          new StringBuilder("POST " + base.getPath() + "api/telegram/webhook HTTP/1.1\r\n")
              .append("Host: ")
              .append(base.getHost())
              .append(':')
              .append(base.getPort())
              .append("\r\n")
              .append("Content-Length: ")
              .append(DECLARADO)
              .append("\r\n");
      if (!encabezados.containsKey("Content-Type")) {
        peticion.append("Content-Type: application/json\r\n");
      }
      encabezados.forEach((k, v) -> peticion.append(k).append(": ").append(v).append("\r\n"));
      peticion.append("\r\n");
      OutputStream salida = socket.getOutputStream();
      salida.write(peticion.toString().getBytes(StandardCharsets.US_ASCII));
      salida.write(new byte[1024]);
      salida.flush();
      try {
        return leerRespuesta(socket.getInputStream());
      } catch (SocketTimeoutException e) {
        throw new AssertionError(
            "Sin respuesta en "
                + AL_INSTANTE.toSeconds()
                + " s: el servidor espera el cuerpo declarado antes de contestar",
            e);
      }
    }
  }

  /** Lee la línea de estado, las cabeceras y el cuerpo (por su Content-Length). */
  private static Respuesta leerRespuesta(InputStream entrada) throws IOException {
    String estado = linea(entrada);
    int longitud = 0;
    for (String l = linea(entrada); !l.isEmpty(); l = linea(entrada)) {
      int dos = l.indexOf(':');
      if (dos > 0 && l.substring(0, dos).trim().equalsIgnoreCase("Content-Length")) {
        longitud = Integer.parseInt(l.substring(dos + 1).trim());
      }
    }
    byte[] cuerpo = entrada.readNBytes(longitud);
    return new Respuesta(
        Integer.parseInt(estado.split(" ")[1]), new String(cuerpo, StandardCharsets.UTF_8));
  }

  private static String linea(InputStream entrada) throws IOException {
    ByteArrayOutputStream linea = new ByteArrayOutputStream();
    for (int b = entrada.read(); b != '\n'; b = entrada.read()) {
      if (b == -1) {
        throw new IOException("El servidor cerró la conexión sin responder");
      }
      if (b != '\r') {
        linea.write(b);
      }
    }
    return linea.toString(StandardCharsets.US_ASCII);
  }
}
