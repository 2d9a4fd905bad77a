package mx.seguimientoprep.hoja.exportacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hallazgo;
import mx.seguimientoprep.hoja.Hoja;
import mx.seguimientoprep.hoja.RowHandler;
import mx.seguimientoprep.hoja.WorkbookReader;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lo que hace acotada la memoria de la exportación, sin medir tiempos ni montículo: los registros
 * se piden de uno en uno, las filas pasan a disco conforme se escriben, y los temporales
 * desaparecen al terminar, también cuando la escritura falla. Los archivos temporales de POI se
 * dirigen a una carpeta de la prueba para poder verlos.
 */
class VentanaDeEscrituraTest {

  private static final int OFICIOS = 20_000;
  private static final int CADA = 2_000;

  @TempDir Path carpeta;

  private Path temporales;
  private final ProcesoElectoral coahuila = Demostracion.cargar().proceso("Coahuila", "2021");

  @BeforeEach
  void temporalesALaVista() throws IOException {
    temporales = Files.createDirectories(carpeta.resolve("temporales-de-poi"));
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporales.toFile()));
  }

  @AfterEach
  void temporalesComoSiempre() {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }

  @Test
  void lasFilasPasanADiscoConformeSeEscribenYLosTemporalesSeBorran() throws IOException {
    List<Long> enDisco = new ArrayList<>();
    Iterable<Oficio> generados =
        generador(
            i -> {
              if (i > 0 && i % CADA == 0) {
                enDisco.add(bytesEnDisco());
              }
            });
    Path archivo = carpeta.resolve("oficios.xlsx");

    try (OutputStream salida = Files.newOutputStream(archivo)) {
      new WorkbookWriter().escribir(contenido(generados), salida);
    }

    assertEquals(OFICIOS / CADA - 1, enDisco.size());
    for (int i = 1; i < enDisco.size(); i++) {
      assertTrue(
          enDisco.get(i) > enDisco.get(i - 1),
          "Cada "
              + CADA
              + " oficios, más filas en disco: "
              + enDisco
              + ". En memoria quedan solo las "
              + WorkbookWriter.VENTANA
              + " últimas.");
    }
    assertEquals(List.of(), archivos(temporales), "Los temporales se borran al terminar");
    assertEquals(OFICIOS, filasDeOficios(archivo));
  }

  @Test
  void siLaEscrituraFallaTambienSeBorranLosTemporales() {
    IllegalStateException falla = new IllegalStateException("Se perdió la conexión");
    Iterable<Oficio> interrumpidos =
        generador(
            i -> {
              if (i == 5_000) {
                throw falla;
              }
            });

    IllegalStateException lanzada =
        assertThrows(
            IllegalStateException.class,
            () ->
                new WorkbookWriter()
                    .escribir(contenido(interrumpidos), OutputStream.nullOutputStream()));

    assertSame(falla, lanzada);
    assertEquals(List.of(), archivos(temporales));
  }

  private ContenidoExportacion contenido(Iterable<Oficio> oficios) {
    return new ContenidoExportacion(
        LocalDate.of(2020, 12, 15),
        Alcance.TODO,
        List.of(),
        List.of(),
        List.of(coahuila),
        null,
        oficios,
        null,
        null,
        null,
        Demostracion.catalogoPorDefecto());
  }

  /** Cada oficio se crea cuando el escritor lo pide; nadie conserva los anteriores. */
  private Iterable<Oficio> generador(IntConsumer antesDeCadaUno) {
    return () ->
        new Iterator<>() {
          private int siguiente;

          @Override
          public boolean hasNext() {
            return siguiente < OFICIOS;
          }

          @Override
          public Oficio next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            antesDeCadaUno.accept(siguiente);
            int i = siguiente++;
            return new Oficio(
                coahuila,
                new NumeroOficio("IEC/SE/" + (10_000 + i) + "/2020"),
                LocalDate.of(2020, 1, 1).plusDays(i % 360),
                Sentido.values()[i % Sentido.values().length],
                "Secretaría Ejecutiva del IEC",
                "UNICOM",
                "Remite el informe mensual de avance del PREP, oficio " + i + ".",
                List.of("E03"),
                null,
                null,
                null);
          }
        };
  }

  private long bytesEnDisco() {
    return archivos(temporales).stream()
        .mapToLong(
            archivo -> {
              try {
                return Files.size(archivo);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .sum();
  }

  private static List<Path> archivos(Path carpeta) {
    try (Stream<Path> contenido = Files.walk(carpeta)) {
      return contenido.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int filasDeOficios(Path archivo) {
    int[] filas = {0};
    List<Hallazgo> errores = new ArrayList<>();
    new WorkbookReader()
        .leer(
            archivo,
            new RowHandler() {
              @Override
              public void fila(Fila fila) {
                if (fila.hoja() == Hoja.OFICIOS) {
                  filas[0]++;
                }
              }

              @Override
              public void error(Hallazgo error) {
                errores.add(error);
              }

              @Override
              public void advertencia(Hallazgo advertencia) {}
            });
    assertEquals(List.of(), errores);
    return filas[0];
  }
}
