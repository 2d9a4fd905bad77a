package mx.seguimientoprep.hoja.comando;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/** Las 33 entidades de la lista de referencia de la especificación, {@code opl.tsv}. */
public final class OplTsv {

  static final Path ARCHIVO = Path.of("../../shared/spec/opl.tsv");

  private OplTsv() {}

  public static List<Entidad> entidades() {
    try {
      return Files.readAllLines(ARCHIVO).stream()
          .filter(linea -> !linea.startsWith("#") && !linea.startsWith("clave\t"))
          .map(linea -> linea.split("\t", -1))
          .map(
              c ->
                  new Entidad(
                      new ClaveEntidad(c[0]),
                      c[1],
                      c[3],
                      c[4],
                      Arrays.stream(c[2].split("\\|")).filter(a -> !a.isBlank()).toList()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ResolutorEntidad resolutor() {
    return new ResolutorEntidad(entidades());
  }
}
