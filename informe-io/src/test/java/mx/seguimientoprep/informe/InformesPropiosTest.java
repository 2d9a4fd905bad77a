package mx.seguimientoprep.informe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Informes escritos para las pruebas en el registro de los reales, de otros estados y meses, con
 * hechos que ningún informe real tiene (otras formas de oficio y de clave, una sesión de la
 * Comisión, una respuesta con observaciones y su versión atendida). Cada uno tiene a su lado sus
 * hechos ({@code .hechos.tsv}): hoja, clave, certeza y columnas que se revisan.
 */
class InformesPropiosTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "durango-informe-noviembre-2021",
        "coahuila-informe-diciembre-2020",
        "zacatecas-informe-enero-2024"
      })
  void proponeCadaHechoConSuCertezaYNingunaAltaDeMas(String informe) throws Exception {
    Path txt = recurso(informe + ".txt");
    LecturaDelInforme lectura =
        FactRecognizerTest.RECONOCEDOR.reconocer(new ReportReader().leer(txt, informe), null);
    List<String> errores = new ArrayList<>();
    List<String> esperadas = new ArrayList<>();
    for (String renglon : Files.readAllLines(recurso(informe + ".hechos.tsv"))) {
      if (renglon.startsWith("#") || renglon.isBlank()) {
        continue;
      }
      String[] celdas = renglon.split("\t");
      String hoja = celdas[0];
      String clave = celdas[1];
      esperadas.add(hoja + " " + clave);
      Propuesta p =
          lectura.deLaHoja(hoja).stream()
              .filter(x -> x.clave().equals(clave))
              .findFirst()
              .orElse(null);
      if (p == null) {
        errores.add("falta " + hoja + " " + clave);
        continue;
      }
      if (!p.certeza().etiqueta().equals(celdas[2])) {
        errores.add(hoja + " " + clave + ": certeza " + p.certeza().etiqueta());
      }
      for (int i = 3; i < celdas.length; i++) {
        String[] columnaValor = celdas[i].split("=", 2);
        if (!columnaValor[1].equals(p.campo(columnaValor[0]))) {
          errores.add(
              hoja + " " + clave + ": " + columnaValor[0] + " = " + p.campo(columnaValor[0]));
        }
      }
      assertTrue(p.fuente().contains(clave.split(" ")[0]) || !hoja.equals("Oficios"), p.fuente());
    }
    for (Propuesta p : lectura.propuestas()) {
      if (p.certeza() == Certeza.ALTA && !esperadas.contains(p.hoja() + " " + p.clave())) {
        errores.add("alta de más: " + p.hoja() + " " + p.clave() + " " + p.campos());
      }
    }
    System.out.printf(
        "%-40s %2d hechos, %2d propuestas, %d diferencias%n",
        informe, esperadas.size(), lectura.propuestas().size(), errores.size());
    assertEquals(List.of(), errores);
  }

  static Path recurso(String nombre) throws Exception {
    return Path.of(
        Objects.requireNonNull(
                InformesPropiosTest.class.getResource("/informes/propios/" + nombre), nombre)
            .toURI());
  }
}
