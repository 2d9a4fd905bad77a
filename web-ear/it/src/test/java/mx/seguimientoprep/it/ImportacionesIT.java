package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** La subida del libro mensual por HTTP, como la hace el personal desde la página o un script. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportacionesIT {

  private static final String RUTA = "/importaciones";

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource URL base;

  private ClienteApi api() {
    return new ClienteApi(base.toString() + "api");
  }

  private ClienteApi.Respuesta subir(String ruta, String nombre, byte[] libro) throws Exception {
    return api().subir(ruta, nombre, libro, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
  }

  private static List<String> oficio(String numero, String fecha, String asunto) {
    return List.of("Coahuila", "2021", numero, fecha, "Enviado al INE", asunto, "E03");
  }

  private static JsonObject oficios(ClienteApi.Respuesta r) {
    return r.json().asJsonObject().getJsonObject("hojas").getJsonObject("Oficios");
  }

  @Test
  void simularAplicarYVolverAAplicarNoCambiaNada() throws Exception {
    byte[] libro =
        Libros.oficios(
            List.of(
                oficio("IEC/SE/8001/2020", "03/12/2020", "Remite el informe de noviembre"),
                oficio("IEC / SE / 8002 / 2020", "2020-12-04", "Remite el plan de trabajo")));

    ClienteApi.Respuesta simulada = subir(RUTA + "?simular=true", "diciembre.xlsx", libro);
    assertEquals(200, simulada.estado(), simulada.cuerpo());
    assertEquals("simulada", simulada.json().asJsonObject().getString("estado"));
    assertEquals(2, oficios(simulada).getInt("nuevos"));

    ClienteApi.Respuesta aplicada = subir(RUTA, "diciembre.xlsx", libro);
    assertEquals(200, aplicada.estado(), aplicada.cuerpo());
    JsonObject informe = aplicada.json().asJsonObject();
    assertEquals("aplicada", informe.getString("estado"));
    assertEquals("diciembre.xlsx", informe.getString("archivo"));
    assertEquals(sha256(libro), informe.getString("sha256"));
    assertEquals(2, oficios(aplicada).getInt("nuevos"), "la simulación no guardó nada");

    ClienteApi.Respuesta otraVez = subir(RUTA, "diciembre.xlsx", libro);
    assertEquals(200, otraVez.estado(), otraVez.cuerpo());
    assertEquals(0, oficios(otraVez).getInt("nuevos"));
    assertEquals(0, oficios(otraVez).getInt("actualizados"));
    assertEquals(2, oficios(otraVez).getInt("sinCambios"));

    List<JsonObject> bitacora =
        api().comoAdmin(RUTA).json().asJsonArray().getValuesAs(JsonObject.class);
    assertTrue(
        bitacora.stream()
            .anyMatch(
                i ->
                    i.getString("sha256").equals(sha256(libro))
                        && i.getString("estado").equals("aplicada")
                        && i.getString("usuario").equals("admin")),
        bitacora.toString());
  }

  /**
   * Un oficio que el informe cita sin fecha es un registro: se guarda con una advertencia que dice
   * dónde, y se encuentra por su número.
   */
  @Test
  void unOficioSinFechaSeGuardaConUnaAdvertencia() throws Exception {
    byte[] libro =
        Libros.oficios(
            List.of(
                List.of(
                    "Coahuila",
                    "2021",
                    "INE/UNICOM/8201/2020",
                    "",
                    "Recibido del INE",
                    "Oficio que el informe cita sin fecha",
                    "E03")));

    ClienteApi.Respuesta r = subir(RUTA, "sin-fecha.xlsx", libro);
    assertEquals(200, r.estado(), r.cuerpo());
    JsonObject informe = r.json().asJsonObject();
    assertEquals("aplicada", informe.getString("estado"), r.cuerpo());
    assertEquals(1, oficios(r).getInt("nuevos"));
    JsonObject advertencia =
        informe.getJsonArray("advertencias").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("columna").equals("Fecha"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("sin la advertencia de la fecha: " + r.cuerpo()));
    assertEquals(
        "El oficio INE/UNICOM/8201/2020 no tiene fecha; se guarda sin ella.",
        advertencia.getString("mensaje"));
    assertEquals(3, advertencia.getInt("fila"), "la fila como la muestra Excel");

    JsonObject expediente =
        api()
            .comoAdmin("/entidades/coahuila/expediente?proceso=2021&fecha=2020-12-31")
            .json()
            .asJsonObject();
    JsonObject guardado =
        expediente.getJsonArray("oficios").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("numero").equals("INE/UNICOM/8201/2020"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no se guardó: " + expediente));
    assertTrue(sinValor(guardado, "fecha"), guardado.toString());
  }

  @Test
  void unLibroConErroresSeRechazaEnteroYCadaErrorDiceDonde() throws Exception {
    byte[] libro =
        Libros.oficios(
            List.of(
                oficio("IEC/SE/8101/2020", "05/12/2020", "Fila correcta"),
                oficio("IEC/SE/8102/2020", "31/02/2021", "Fecha imposible"),
                List.of(
                    "Durnago", "", "IEPC/SE/8103/2021", "05/12/2021", "Enviado al INE", "x", "")));

    ClienteApi.Respuesta r = subir(RUTA, "con-errores.xlsx", libro);
    assertEquals(422, r.estado(), r.cuerpo());
    JsonObject informe = r.json().asJsonObject();
    assertEquals("rechazada", informe.getString("estado"));
    List<JsonObject> errores = informe.getJsonArray("errores").getValuesAs(JsonObject.class);
    JsonObject fecha =
        errores.stream()
            .filter(e -> e.getString("columna").equals("Fecha"))
            .findFirst()
            .orElseThrow();
    assertEquals("Oficios", fecha.getString("hoja"));
    assertEquals(4, fecha.getInt("fila"), "título en la fila 1, encabezado en la 2");
    assertEquals("31/02/2021", fecha.getString("valor"));
    assertTrue(fecha.getString("mensaje").contains("no es una fecha válida"), fecha.toString());
    JsonObject entidad =
        errores.stream()
            .filter(e -> e.getString("columna").equals("Entidad"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, entidad.getInt("fila"));
    assertTrue(entidad.getString("mensaje").contains("Durango"), entidad.toString());

    ClienteApi.Respuesta despues =
        subir(
            RUTA + "?simular=true",
            "solo-la-buena.xlsx",
            Libros.oficios(List.of(oficio("IEC/SE/8101/2020", "05/12/2020", "Fila correcta"))));
    assertEquals(1, oficios(despues).getInt("nuevos"), "la fila correcta no se guardó");
  }

  @Test
  void losErroresQueNecesitanLaBaseSeDicenJuntoConLosDeLectura() throws Exception {
    byte[] libro =
        Libros.oficios(
            List.of(
                oficio("IEC/SE/8501/2020", "31/02/2021", "Fecha imposible"),
                List.of(
                    "Coahuila",
                    "2021",
                    "IEC/SE/8502/2020",
                    "05/12/2020",
                    "Enviado al INE",
                    "Entregable que no existe",
                    "E99"),
                List.of(
                    "Coahuila",
                    "",
                    "IEC/SE/8503/2020",
                    "05/12/2020",
                    "Enviado al INE",
                    "Sin proceso, y Coahuila tiene dos",
                    "E03")));

    ClienteApi.Respuesta r = subir(RUTA, "tres-errores.xlsx", libro);
    assertEquals(422, r.estado(), r.cuerpo());
    List<JsonObject> errores =
        r.json().asJsonObject().getJsonArray("errores").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(3, 4, 5),
        errores.stream().map(e -> e.getInt("fila")).sorted().toList(),
        "un error por fila, los tres en la misma respuesta: " + errores);
    assertTrue(errores.stream().anyMatch(e -> e.getString("mensaje").contains("E99")), r.cuerpo());
  }

  @Test
  void unTextoCompartidoDe800MillonesDeCaracteresSeRechazaSinAgotarLaMemoria() throws Exception {
    byte[] valido = Libros.oficios(List.of(oficio("IEC/SE/8601/2020", "05/12/2020", "x")));
    byte[] hostil = Libros.conTextoCompartidoEnorme(valido, 800_000_000L);
    assertTrue(hostil.length < 20 * 1024 * 1024, "bajo el límite de subida: " + hostil.length);

    ClienteApi.Respuesta r = subir(RUTA, "textos.xlsx", hostil);
    assertEquals(422, r.estado(), r.cuerpo());
    assertTrue(
        r.json()
            .asJsonObject()
            .getJsonArray("errores")
            .getJsonObject(0)
            .getString("mensaje")
            .contains("textos compartidos"),
        r.cuerpo());
    assertEquals(200, api().comoAdmin("/entidades/durango/estado").estado(), "el servidor sigue");
  }

  @Test
  void losArchivosHostilesSeRechazanConUnMensajeClaro() throws Exception {
    byte[] valido = Libros.oficios(List.of(oficio("IEC/SE/8201/2020", "05/12/2020", "x")));
    List<byte[]> hostiles =
        List.of(
            "esto no es un libro de Excel".getBytes(StandardCharsets.UTF_8),
            new byte[0],
            Libros.conHoja(valido, Libros.hojaConEntidadExterna()),
            Libros.conHoja(valido, Libros.hojaBomba()));
    for (byte[] archivo : hostiles) {
      ClienteApi.Respuesta r = subir(RUTA, "hostil.xlsx", archivo);
      assertEquals(422, r.estado(), r.cuerpo());
      JsonObject informe = r.json().asJsonObject();
      assertEquals("rechazada", informe.getString("estado"));
      String mensaje = informe.getJsonArray("errores").getJsonObject(0).getString("mensaje");
      assertFalse(mensaje.isBlank());
      assertFalse(r.cuerpo().contains("Exception"), r.cuerpo());
      assertFalse(r.cuerpo().contains("root:"), "nada del sistema de archivos: " + r.cuerpo());
    }
  }

  @Test
  void unArchivoDeMasDe20MbSeRechaza() throws Exception {
    byte[] grande = new byte[21 * 1024 * 1024];
    new Random(7).nextBytes(grande);
    ClienteApi.Respuesta r = subir(RUTA, "enorme.xlsx", grande);
    assertEquals(413, r.estado(), r.cuerpo());
    assertTrue(r.json().asJsonObject().getString("mensaje").contains("20 MB"), r.cuerpo());
  }

  @Test
  void unConsejeroConsultaPeroNoSubeNiVeLaBitacora() throws Exception {
    ClienteApi.Respuesta creada =
        api().crearCuenta("consejera.it", "clave-consejera-1", "consejero");
    assertEquals(201, creada.estado(), creada.cuerpo());

    ClienteApi consejera = api();
    assertEquals(
        200,
        consejera.get("/entidades/durango/estado", "consejera.it", "clave-consejera-1").estado());
    byte[] libro = Libros.oficios(List.of(oficio("IEC/SE/8301/2020", "05/12/2020", "x")));
    ClienteApi.Respuesta subida =
        consejera.subir(RUTA, "x.xlsx", libro, "consejera.it", "clave-consejera-1");
    assertEquals(403, subida.estado(), subida.cuerpo());
    assertTrue(subida.cuerpo().contains("permiso"), subida.cuerpo());
    assertEquals(403, consejera.get(RUTA, "consejera.it", "clave-consejera-1").estado());
  }

  @Test
  void dosSubidasIgualesAlMismoTiempoDejanUnSoloJuegoDeRegistros() throws Exception {
    byte[] libro =
        Libros.oficios(
            List.of(
                oficio("IEC/SE/8401/2020", "07/12/2020", "Concurrente uno"),
                oficio("IEC/SE/8402/2020", "07/12/2020", "Concurrente dos")));
    ExecutorService hilos = Executors.newFixedThreadPool(2);
    try {
      Callable<ClienteApi.Respuesta> subida = () -> subir(RUTA, "doble.xlsx", libro);
      List<Future<ClienteApi.Respuesta>> respuestas = hilos.invokeAll(List.of(subida, subida));
      int nuevos = 0;
      int sinCambios = 0;
      for (Future<ClienteApi.Respuesta> futura : respuestas) {
        ClienteApi.Respuesta r = futura.get();
        assertEquals(200, r.estado(), r.cuerpo());
        nuevos += oficios(r).getInt("nuevos");
        sinCambios += oficios(r).getInt("sinCambios");
      }
      assertEquals(2, nuevos, "una de las dos crea los oficios");
      assertEquals(2, sinCambios, "la otra los encuentra ya creados");
    } finally {
      hilos.shutdownNow();
    }
  }

  private static String sha256(byte[] datos) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** JSON-B no escribe los campos nulos: sin valor es ausente o {@code null}. */
  private static boolean sinValor(JsonObject objeto, String campo) {
    return !objeto.containsKey(campo) || objeto.isNull(campo);
  }
}
