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

  /** Un punto del numeral 33; en blanco o {@code -} (no existía), ninguno. */
  private static Integer punto(String texto) {
    return texto == null || texto.isBlank() || texto.equals("-")
        ? null
        : Integer.valueOf(texto.strip());
  }

  public static List<DefinicionEntregable> definiciones() {
    return filas().stream()
        .map(
            f ->
                new DefinicionEntregable(
                    f.get("codigo"),
                    f.get("nombre"),
                    Plazo.de(f.get("plazo")),
                    punto(f.get("punto_2022")),
                    !"-".equals(f.get("punto_anterior")),
                    punto(f.get("punto_anterior"))))
        .toList();
  }
}
