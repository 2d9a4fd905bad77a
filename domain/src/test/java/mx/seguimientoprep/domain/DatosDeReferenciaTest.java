package mx.seguimientoprep.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.entregable.CatalogoTsv;
import org.junit.jupiter.api.Test;

/** La migración V2 carga exactamente las filas de opl.tsv y de catalogo-entregables.tsv. */
class DatosDeReferenciaTest {

  private static final String V2 = ArchivoDelProyecto.MIGRACIONES + "V2__entidades_y_catalogo.sql";
  private static final Pattern VALOR = Pattern.compile("'((?:[^']|'')*)'|null");

  private static List<List<String>> inserciones(String tabla) throws IOException {
    List<List<String>> filas = new ArrayList<>();
    for (String linea : Files.readAllLines(ArchivoDelProyecto.ruta(V2), StandardCharsets.UTF_8)) {
      if (!linea.startsWith("insert into " + tabla + " ")) {
        continue;
      }
      Matcher valor = VALOR.matcher(linea.substring(linea.indexOf(" values ")));
      List<String> valores = new ArrayList<>();
      while (valor.find()) {
        valores.add(valor.group(1) == null ? "" : valor.group(1).replace("''", "'"));
      }
      filas.add(valores);
    }
    return filas;
  }

  @Test
  void lasEntidadesSonLasDeOpl() throws IOException {
    List<List<String>> esperadas =
        OplTsv.filas().stream()
            .map(
                f ->
                    List.of(
                        f.get("clave"),
                        f.get("entidad"),
                        f.get("siglas"),
                        f.get("nombre"),
                        f.get("alias")))
            .toList();
    assertEquals(33, esperadas.size());
    assertEquals(esperadas, inserciones("entidad"));
  }

  @Test
  void elCatalogoEsElDeLaEspecificacion() throws IOException {
    List<List<String>> esperadas =
        CatalogoTsv.filas().stream()
            .map(f -> List.of(f.get("codigo"), f.get("nombre"), f.get("plazo")))
            .toList();
    assertEquals(32, esperadas.size());
    assertEquals(esperadas, inserciones("definicion_entregable"));
  }
}
