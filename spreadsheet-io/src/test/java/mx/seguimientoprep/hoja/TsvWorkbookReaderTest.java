package mx.seguimientoprep.hoja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvWorkbookReaderTest {

  static final Path DEMO = Path.of("../demo");

  private static Recolector leer(String pestana, String contenido) {
    Recolector recolector = new Recolector();
    new TsvWorkbookReader()
        .leerHoja(
            pestana,
            new ByteArrayInputStream(contenido.getBytes(StandardCharsets.UTF_8)),
            recolector);
    return recolector;
  }

  /** Las filas de datos de un TSV de la demostración: ni el encabezado ni los comentarios. */
  static long filasDeDatos(Path archivo) throws IOException {
    return Files.readAllLines(archivo).stream().filter(l -> !l.startsWith("#")).count() - 1;
  }

  @Test
  void laDemostracionSeLeeEnteraSinHallazgos() throws IOException {
    Recolector recolector = new Recolector();

    new TsvWorkbookReader().leerDirectorio(DEMO, recolector);

    assertEquals("", Recolector.comoTexto(recolector.errores));
    assertEquals("", Recolector.comoTexto(recolector.advertencias));
    for (Hoja hoja :
        List.of(
            Hoja.PROCESOS,
            Hoja.ACUERDOS,
            Hoja.OFICIOS,
            Hoja.SESIONES,
            Hoja.ENTREGABLES,
            Hoja.COTAPREP)) {
      assertEquals(
          filasDeDatos(DEMO.resolve(hoja.nombre() + ".tsv")),
          recolector.filasDe(hoja).size(),
          hoja.nombre());
    }
  }

  @Test
  void cadaFilaLlevaSuNumeroDeLineaYSusValores() {
    Recolector recolector = new Recolector();

    new TsvWorkbookReader().leerDirectorio(DEMO, recolector);

    // Oficios.tsv: línea 1 encabezado, línea 2 comentario, línea 3 el primer oficio.
    Fila primera = recolector.fila(Hoja.OFICIOS, 3);
    assertEquals("IEC/SE/0581/2020", primera.texto("Número"));
    assertEquals("07/03/2020", primera.texto("Fecha"));
    assertEquals("Enviado al INE", primera.texto("Sentido"));
    assertEquals(null, primera.texto("En respuesta a"));
    // El orden del día de la cuarta sesión del COTAPREP de Coahuila trae \n entre renglones.
    Fila sesion = recolector.fila(Hoja.SESIONES, 5);
    assertTrue(sesion.texto("Orden del día").startsWith("1. Lista de asistencia.\n2. Lectura"));
  }

  @Test
  void leeLasHojasDelClasspath(@TempDir Path raiz) throws IOException {
    Path carpeta = Files.createDirectories(raiz.resolve("demo"));
    Files.copy(DEMO.resolve("Procesos.tsv"), carpeta.resolve("Procesos.tsv"));
    Files.copy(DEMO.resolve("COTAPREP.tsv"), carpeta.resolve("COTAPREP.tsv"));
    Recolector recolector = new Recolector();

    try (URLClassLoader cargador = new URLClassLoader(new URL[] {raiz.toUri().toURL()}, null)) {
      new TsvWorkbookReader().leerRecursos(cargador, "/demo", recolector);
    }

    assertEquals("", Recolector.comoTexto(recolector.errores));
    assertEquals(6, recolector.filasDe(Hoja.PROCESOS).size());
    assertEquals(6, recolector.filasDe(Hoja.COTAPREP).size());
  }

  @Test
  void losHallazgosSenalanLaLineaDelArchivo() {
    Recolector recolector =
        leer(
            "oficios",
            "# comentario\n"
                + "Entidad\tNúmero\tFecha\tSentido\tAsunto\tFolio interno\n"
                + "Coahuila\tIEC/SE/1/2020\t03/11/2020\tEnviado al INE\tAsunto\tX-1\n"
                + "\n"
                + "# otro comentario\n"
                + "Durango\tIEPC/1\t04/11/2021\tInterno\tOtro\t\n");

    assertEquals(List.of(3, 6), recolector.filas.stream().map(Fila::numero).toList());
    assertEquals(
        "Hoja «Oficios», fila 2, columna «Folio interno»: La columna «Folio interno» (F) no es una"
            + " columna de la hoja «Oficios»; se ignora.",
        Recolector.comoTexto(recolector.advertencias));
  }

  @Test
  void unArchivoQueNoEsUtf8SeInforma() {
    Recolector recolector = new Recolector();
    byte[] latin1 = "Entidad\tNúmero\n".getBytes(StandardCharsets.ISO_8859_1);

    new TsvWorkbookReader().leerHoja("Oficios", new ByteArrayInputStream(latin1), recolector);

    assertEquals(
        "Hoja «Oficios»: El archivo Oficios.tsv no está codificado en UTF-8.",
        Recolector.comoTexto(recolector.errores));
  }
}
