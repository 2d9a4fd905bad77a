package mx.seguimientoprep.domain.entidad;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.ArchivoDelProyecto;
import mx.seguimientoprep.domain.Tsv;

/** Las entidades de opl.tsv, la lista de referencia de la especificación. */
public final class OplTsv {

  private OplTsv() {}

  public static List<Map<String, String>> filas() {
    return Tsv.filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.OPL));
  }

  public static List<Entidad> entidades() {
    return filas().stream().map(OplTsv::entidad).toList();
  }

  public static List<String> alias(Map<String, String> fila) {
    return Arrays.stream(fila.get("alias").split("\\|")).filter(a -> !a.isBlank()).toList();
  }

  private static Entidad entidad(Map<String, String> fila) {
    return new Entidad(
        new ClaveEntidad(fila.get("clave")),
        fila.get("entidad"),
        fila.get("siglas"),
        fila.get("nombre"),
        alias(fila));
  }
}
