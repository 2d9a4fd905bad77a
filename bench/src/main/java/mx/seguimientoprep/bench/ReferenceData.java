package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;

/**
 * Las listas de referencia de la especificación ({@code opl.tsv} y {@code
 * catalogo-entregables.tsv}), leídas de la carpeta que indica la propiedad {@code bench.spec} (por
 * omisión {@code docs}, la del contrato en el repositorio, relativa a su raíz).
 */
public final class ReferenceData {

  static final String PROPIEDAD = "bench.spec";
  static final String CARPETA = "docs";

  private final List<Entidad> entidades;
  private final List<DefinicionEntregable> catalogo;

  private ReferenceData(List<Entidad> entidades, List<DefinicionEntregable> catalogo) {
    this.entidades = entidades;
    this.catalogo = catalogo;
  }

  public static ReferenceData cargar() {
    Path carpeta = Path.of(System.getProperty(PROPIEDAD, CARPETA));
    return new ReferenceData(
        filas(carpeta.resolve("opl.tsv"), "clave\t").stream()
            .map(
                c ->
                    new Entidad(
                        new ClaveEntidad(c[0]),
                        c[1],
                        c[3],
                        c[4],
                        Arrays.stream(c[2].split("\\|")).filter(a -> !a.isBlank()).toList()))
            .toList(),
        filas(carpeta.resolve("catalogo-entregables.tsv"), "codigo\t").stream()
            .map(c -> DefinicionEntregable.deLaTabla(c[0], c[1], c[2], c[3], c[4]))
            .toList());
  }

  /** Las 32 entidades federativas, sin el INE (clave {@code 00}). */
  public List<Entidad> estados() {
    return entidades.stream().filter(e -> !"00".equals(e.getClave().valor())).toList();
  }

  /** Las 33 entidades (con el INE), como las registra la base. */
  List<Entidad> todas() {
    return entidades;
  }

  ResolutorEntidad resolutor() {
    return new ResolutorEntidad(entidades);
  }

  List<DefinicionEntregable> catalogo() {
    return catalogo;
  }

  private static List<String[]> filas(Path archivo, String encabezado) {
    try {
      return Files.readAllLines(archivo).stream()
          .filter(linea -> !linea.isBlank())
          .filter(linea -> !linea.startsWith("#") && !linea.startsWith(encabezado))
          .map(linea -> linea.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "No se pudo leer "
              + archivo.toAbsolutePath().normalize()
              + "; indique la carpeta de la especificación con -D"
              + PROPIEDAD
              + "=…",
          e);
    }
  }
}
