package mx.seguimientoprep.hoja;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lee un libro guardado como un archivo TSV por hoja ({@code Oficios.tsv}, …), el formato de los
 * datos de demostración: UTF-8, separado por tabuladores, la primera línea de datos es el
 * encabezado, las líneas que empiezan con {@code #} son comentarios y la secuencia {@code \n}
 * dentro de una celda es un salto de línea. La fila de cada hallazgo es la línea del archivo.
 */
public final class TsvWorkbookReader {

  private static final String EXTENSION = ".tsv";

  private final Limites limites;

  public TsvWorkbookReader() {
    this(Limites.PREDETERMINADOS);
  }

  public TsvWorkbookReader(Limites limites) {
    this.limites = limites;
  }

  /** Lee una hoja; {@code pestana} es su nombre, el del archivo sin la extensión. */
  public void leerHoja(String pestana, InputStream contenido, RowHandler destino) {
    Optional<LecturaDeHoja> lectura = LecturaDeHoja.dePestana(pestana, limites, destino);
    if (lectura.isEmpty()) {
      return;
    }
    try (BufferedReader lineas =
        new BufferedReader(new InputStreamReader(contenido, StandardCharsets.UTF_8.newDecoder()))) {
      int numero = 0;
      int posicion = 0;
      for (String linea = lineas.readLine(); linea != null; linea = lineas.readLine()) {
        numero++;
        if (numero == 1 && linea.startsWith("\uFEFF")) {
          linea = linea.substring(1);
        }
        if (linea.startsWith("#")) {
          continue;
        }
        posicion++;
        lectura.get().renglon(numero, posicion, celdas(linea));
      }
      lectura.get().terminar();
    } catch (LimiteExcedido limite) {
      destino.error(limite.hallazgo());
    } catch (CharacterCodingException e) {
      destino.error(
          Hallazgo.deLaHoja(
              pestana, "El archivo " + pestana + EXTENSION + " no está codificado en UTF-8."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lee cada {@code *.tsv} de un directorio, en el orden de las hojas del libro. */
  public void leerDirectorio(Path directorio, RowHandler destino) {
    List<Path> archivos;
    try (Stream<Path> contenido = Files.list(directorio)) {
      archivos =
          contenido
              .filter(archivo -> archivo.getFileName().toString().endsWith(EXTENSION))
              .sorted(Comparator.comparing(TsvWorkbookReader::ordenDe))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (archivos.isEmpty()) {
      destino.error(Hallazgo.delLibro("No hay archivos .tsv en " + directorio + "."));
    }
    for (Path archivo : archivos) {
      try (InputStream contenido = Files.newInputStream(archivo)) {
        leerHoja(pestanaDe(archivo.getFileName().toString()), contenido, destino);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Lee las hojas importables que haya en una carpeta del classpath ({@code /demo/Procesos.tsv},
   * …); el classpath no se puede listar, así que se buscan por su nombre canónico.
   */
  public void leerRecursos(ClassLoader cargador, String carpeta, RowHandler destino) {
    String prefijo = carpeta.replaceAll("^/+", "").replaceAll("/*$", "/");
    List<String> encontradas = new ArrayList<>();
    for (Hoja hoja : Hoja.values()) {
      if (!hoja.importable()) {
        continue;
      }
      try (InputStream contenido =
          cargador.getResourceAsStream(prefijo + hoja.nombre() + EXTENSION)) {
        if (contenido != null) {
          encontradas.add(hoja.nombre());
          leerHoja(hoja.nombre(), contenido, destino);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (encontradas.isEmpty()) {
      destino.error(Hallazgo.delLibro("No hay hojas .tsv en el recurso /" + prefijo + "."));
    }
  }

  private static SortedMap<Integer, Celda> celdas(String linea) {
    SortedMap<Integer, Celda> celdas = new TreeMap<>();
    String[] valores = linea.split("\t", -1);
    for (int i = 0; i < valores.length; i++) {
      if (!valores[i].isEmpty()) {
        celdas.put(i, new Celda.Texto(valores[i].replace("\\n", "\n")));
      }
    }
    return celdas;
  }

  private static String pestanaDe(String archivo) {
    return archivo.substring(0, archivo.length() - EXTENSION.length());
  }

  private static int ordenDe(Path archivo) {
    return Hoja.buscar(pestanaDe(archivo.getFileName().toString()))
        .map(Enum::ordinal)
        .orElse(Integer.MAX_VALUE);
  }
}
