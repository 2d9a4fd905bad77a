package mx.seguimientoprep.informe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.seguimientoprep.domain.entidad.OplTsv;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Los cinco informes reales, como {@code .txt} y como {@code .docx} hecho aquí con POI, contra los
 * hechos de la demostración del mismo informe, hecho por hecho. Imprime la exhaustividad (hechos de
 * la demostración encontrados) y la precisión (propuestas que son hechos de la demostración, con
 * sus columnas decisivas iguales).
 */
class FactRecognizerTest {

  static final FactRecognizer RECONOCEDOR = new FactRecognizer(OplTsv.entidades());

  @TempDir Path temporal;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coahuila-informe-marzo-2020.txt",
        "coahuila-informe-noviembre-2020.txt",
        "durango-informe-octubre-2021.txt",
        "aguascalientes-cotaprep-primer-informe-2023.txt",
        "cotspel-grupo-de-trabajo-calendario-2019-2020.txt"
      })
  void cadaInformeProponeLosHechosDeLaDemostracion(String informe) throws Exception {
    Path txt = semilla(informe);
    LecturaDelInforme deTexto = RECONOCEDOR.reconocer(new ReportReader().leer(txt, informe), null);
    Path docx = temporal.resolve(informe.replace(".txt", ".docx"));
    comoDocx(Files.readString(txt), docx);
    LecturaDelInforme deWord =
        RECONOCEDOR.reconocer(new ReportReader().leer(docx, docx.getFileName().toString()), null);

    Cotejo cotejo = Cotejo.de(informe, deTexto);
    cotejo.imprimir(".txt ");
    Cotejo.de(informe, deWord).imprimir(".docx");

    assertEquals(claves(deTexto), claves(deWord), "el .docx propone lo mismo que el .txt");
    assertEquals(
        List.of(), cotejo.faltantes, "cada hecho de la demostración se propone, alta o baja");
    assertTrue(
        cotejo.altasCorrectas >= 0.95 * cotejo.altas,
        "al menos el 95 % de las propuestas alta son hechos de la demostración: "
            + cotejo.altasErradas);
  }

  /**
   * Aplicar un informe sobre la demostración no cambia nada, aun conservando las propuestas baja:
   * cada propuesta, completada con su registro ({@link Registrados}), es igual a la fila de la
   * demostración en todas sus columnas.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "coahuila-informe-marzo-2020.txt",
        "coahuila-informe-noviembre-2020.txt",
        "durango-informe-octubre-2021.txt",
        "aguascalientes-cotaprep-primer-informe-2023.txt",
        "cotspel-grupo-de-trabajo-calendario-2019-2020.txt"
      })
  void sobreLaDemostracionNingunaPropuestaCambiaNada(String informe) throws Exception {
    LecturaDelInforme lectura =
        RECONOCEDOR.reconocer(new ReportReader().leer(semilla(informe), informe), null);
    Registrados registrados = new Registrados();
    Map<String, Map<String, Map<String, String>>> demo = HechosDeLaDemo.de(informe);
    demo.forEach((hoja, filas) -> filas.values().forEach(f -> registrados.agregar(hoja, f)));
    List<String> cambiarian = new ArrayList<>();
    int sinCambios = 0;
    for (Propuesta p : lectura.propuestas()) {
      Propuesta completa = registrados.completar(p);
      Map<String, String> fila = demo.get(p.hoja()).get(HechosDeLaDemo.clave(p.hoja(), p.campos()));
      if (fila == null) {
        cambiarian.add("nuevo " + p.hoja() + " " + p.clave());
        continue;
      }
      List<String> distintas = new ArrayList<>();
      fila.forEach(
          (columna, valor) -> {
            if (!valor.equals(completa.campos().getOrDefault(columna, ""))) {
              distintas.add(columna + ": «" + valor + "» ≠ «" + completa.campo(columna) + "»");
            }
          });
      if (distintas.isEmpty()) {
        sinCambios++;
      } else {
        cambiarian.add(p.hoja() + " " + p.clave() + " " + distintas);
      }
    }
    System.out.printf(
        "%-52s sobre la demostración: %d sin cambios, %d cambiarían%n",
        informe, sinCambios, cambiarian.size());
    cambiarian.forEach(c -> System.out.println("    " + c));
    assertEquals(List.of(), cambiarian);
  }

  static List<String> claves(LecturaDelInforme lectura) {
    return lectura.propuestas().stream()
        .map(p -> p.hoja() + ":" + p.clave() + ":" + p.certeza() + ":" + p.campos())
        .toList();
  }

  static Path semilla(String informe) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(
                FactRecognizerTest.class.getResource("/informes/semillas/" + informe), informe)
            .toURI());
  }

  /** Un .docx con un párrafo por renglón del texto y una tabla de Word por cada grupo de filas. */
  static void comoDocx(String texto, Path destino) throws IOException {
    try (XWPFDocument documento = new XWPFDocument()) {
      XWPFTable tabla = null;
      for (String renglon : texto.split("\\R")) {
        if (renglon.contains("\t")) {
          String[] celdas = renglon.split("\t");
          XWPFTableRow fila;
          if (tabla == null) {
            tabla = documento.createTable(1, celdas.length);
            fila = tabla.getRow(0);
          } else {
            fila = tabla.createRow();
          }
          for (int i = 0; i < celdas.length; i++) {
            (i < fila.getTableCells().size() ? fila.getCell(i) : fila.addNewTableCell())
                .setText(celdas[i].replaceAll("\\*{1,3}", "").strip());
          }
          continue;
        }
        tabla = null;
        if (!renglon.isBlank()) {
          documento.createParagraph().createRun().setText(renglon.replaceAll("\\*{1,3}", ""));
        }
      }
      try (OutputStream salida = Files.newOutputStream(destino)) {
        documento.write(salida);
      }
    }
  }

  /** La comparación de las propuestas con los hechos de la demostración de un informe. */
  static final class Cotejo {
    final String informe;
    final List<String> faltantes = new ArrayList<>();
    final List<String> altasErradas = new ArrayList<>();
    final List<String> otras = new ArrayList<>();
    final Map<String, int[]> porHoja = new LinkedHashMap<>();
    int altas;
    int altasCorrectas;
    int propuestas;
    int correctas;
    int hechos;

    private Cotejo(String informe) {
      this.informe = informe;
    }

    static Cotejo de(String informe, LecturaDelInforme lectura) {
      Cotejo c = new Cotejo(informe);
      Map<String, Map<String, Map<String, String>>> demo = HechosDeLaDemo.de(informe);
      for (String hoja : HechosDeLaDemo.HOJAS) {
        Map<String, Map<String, String>> esperados = demo.get(hoja);
        int[] cuenta = new int[3];
        c.hechos += esperados.size();
        List<Propuesta> propuestas = lectura.deLaHoja(hoja);
        for (Propuesta p : propuestas) {
          c.propuestas++;
          Map<String, String> fila = esperados.get(HechosDeLaDemo.clave(hoja, p.campos()));
          boolean correcta = fila != null && coinciden(hoja, fila, p);
          if (correcta) {
            c.correctas++;
            cuenta[1]++;
          } else {
            c.otras.add(hoja + " " + p.clave() + " (" + p.certeza().etiqueta() + ") " + p.campos());
          }
          if (p.certeza() == Certeza.ALTA) {
            c.altas++;
            if (correcta) {
              c.altasCorrectas++;
            } else {
              c.altasErradas.add(hoja + " " + p.clave() + " " + p.campos());
            }
          }
        }
        cuenta[0] = esperados.size();
        cuenta[2] = propuestas.size();
        for (String clave : esperados.keySet()) {
          if (propuestas.stream()
              .noneMatch(p -> HechosDeLaDemo.clave(hoja, p.campos()).equals(clave))) {
            c.faltantes.add(hoja + " " + clave);
          }
        }
        c.porHoja.put(hoja, cuenta);
      }
      return c;
    }

    static boolean coinciden(String hoja, Map<String, String> fila, Propuesta p) {
      for (String columna : HechosDeLaDemo.columnasDecisivas(hoja)) {
        String esperado = fila.getOrDefault(columna, "");
        String propuesto = p.campos().getOrDefault(columna, "");
        if (!esperado.equals(propuesto)) {
          return false;
        }
      }
      return true;
    }

    void imprimir(String formato) {
      int encontrados = hechos - faltantes.size();
      System.out.printf(
          "%-52s %s exhaustividad %2d/%2d = %5.1f %%  precisión %2d/%2d = %5.1f %%  alta"
              + " correctas %2d/%2d%n",
          informe,
          formato,
          encontrados,
          hechos,
          hechos == 0 ? 100.0 : 100.0 * encontrados / hechos,
          correctas,
          propuestas,
          propuestas == 0 ? 100.0 : 100.0 * correctas / propuestas,
          altasCorrectas,
          altas);
      if (formato.startsWith(".txt")) {
        faltantes.forEach(f -> System.out.println("    falta: " + f));
        otras.forEach(f -> System.out.println("    no es de la demostración: " + f));
        altasErradas.forEach(f -> System.out.println("    alta errada: " + f));
      }
    }
  }
}
