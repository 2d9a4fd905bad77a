package mx.seguimientoprep.domain.entregable;

import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.ArchivoDelProyecto;
import mx.seguimientoprep.domain.Tsv;

/** El catálogo de entregables de catalogo-entregables.tsv. */
public final class CatalogoTsv {

  private CatalogoTsv() {}

  public static List<Map<String, String>> filas() {
    return Tsv.filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.CATALOGO));
  }

  public static List<DefinicionEntregable> definiciones() {
    return filas().stream()
        .map(
            f ->
                DefinicionEntregable.deLaTabla(
                    f.get("codigo"),
                    f.get("nombre"),
                    f.get("plazo"),
                    f.get("punto_2022"),
                    f.get("punto_anterior")))
        .toList();
  }
}
