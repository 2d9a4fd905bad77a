package mx.seguimientoprep.informe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.domain.estado.DatosDemo;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.informe.InformeMensual;
import mx.seguimientoprep.domain.informe.RedaccionDelInforme;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ida y vuelta con el informe mensual que genera la aplicación ({@link InformeWriter}): el informe
 * de un mes, generado con los datos de demostración y leído de vuelta, propone exactamente los
 * registros de ese mes, ni uno más ni uno menos, y aplicarlo sobre la demostración no cambia nada:
 * cada propuesta, alta o baja, completada con su registro ({@link Registrados}), es igual a él.
 */
class IdaYVueltaTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();
  private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EN_PALABRAS =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));

  @TempDir Path carpeta;

  @ParameterizedTest
  @CsvSource({
    "Coahuila, 2020-11, 2020-12-04, coahuila-informe-noviembre-2020.txt",
    "Coahuila, 2020-03, 2020-04-04, coahuila-informe-marzo-2020.txt",
    "Durango, 2021-10, 2021-11-04, durango-informe-octubre-2021.txt"
  })
  void elInformeGeneradoLeidoDeVueltaProponeLosRegistrosDelMesSinCambiarlos(
      String entidad, String mes, String presentacion, String semilla) throws Exception {
    YearMonth delMes = YearMonth.parse(mes);
    Expediente expediente = DEMO.expediente(entidad, delMes.atEndOfMonth());
    InformeMensual informe =
        RedaccionDelInforme.redactar(
            expediente, DEMO.catalogo(), delMes, LocalDate.parse(presentacion));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    new InformeWriter().escribir(informe, Optional.empty(), docx);
    Path archivo = carpeta.resolve("generado.docx");
    Files.write(archivo, docx.toByteArray());

    LecturaDelInforme lectura =
        FactRecognizerTest.RECONOCEDOR.reconocer(
            new ReportReader().leer(archivo, "generado.docx"), null);

    Map<String, Map<String, Map<String, String>>> demo = HechosDeLaDemo.de(semilla);
    Registrados registrados = new Registrados();
    demo.forEach((hoja, filas) -> filas.values().forEach(f -> registrados.agregar(hoja, f)));
    List<String> delMesEnLaDemo = registrosDelMes(demo, delMes);
    List<String> propuestos = new ArrayList<>();
    List<String> cambiarian = new ArrayList<>();
    for (String hoja : HechosDeLaDemo.HOJAS) {
      for (Propuesta p : lectura.deLaHoja(hoja)) {
        propuestos.add(hoja + " " + HechosDeLaDemo.clave(hoja, p.campos()));
        Map<String, String> fila = demo.get(hoja).get(HechosDeLaDemo.clave(hoja, p.campos()));
        if (fila == null) {
          cambiarian.add("nuevo " + hoja + " " + p.clave() + " " + p.campos());
          continue;
        }
        Propuesta completa = registrados.completar(p);
        List<String> distintas = new ArrayList<>();
        fila.forEach(
            (columna, valor) -> {
              if (!valor.equals(completa.campos().getOrDefault(columna, ""))) {
                distintas.add(columna + ": «" + valor + "» ≠ «" + completa.campo(columna) + "»");
              }
            });
        if (!distintas.isEmpty()) {
          cambiarian.add("actualizado " + hoja + " " + p.clave() + " " + distintas);
        }
      }
    }
    long altas = lectura.propuestas().stream().filter(p -> p.certeza() == Certeza.ALTA).count();
    System.out.printf(
        "ida y vuelta %-8s %s: %2d registros del mes en la demostración, %2d propuestos (%d alta),"
            + " %d cambiarían%n",
        entidad, mes, delMesEnLaDemo.size(), propuestos.size(), altas, cambiarian.size());
    cambiarian.forEach(c -> System.out.println("    " + c));
    assertEquals(
        delMesEnLaDemo.stream().sorted().toList(),
        propuestos.stream().sorted().toList(),
        "propone exactamente los registros del mes");
    assertEquals(List.of(), cambiarian, "aplicarlo no da nuevos ni actualizados");
  }

  /**
   * Los registros de la demostración que el informe del mes cuenta: los fechados en el mes (la
   * fecha de envío, en un entregable) y los oficios sin fecha que contestan a uno del mes o que
   * fueron anexos de uno del mes, y la sesión cuya acta aprueba una sesión del mes (su orden del
   * día la nombra con su fecha). Los demás hechos del informe semilla (una sesión de un mes
   * anterior, el propio informe del mes, remitido el mes siguiente, un entregable pendiente) son de
   * otro mes.
   */
  private static List<String> registrosDelMes(
      Map<String, Map<String, Map<String, String>>> demo, YearMonth mes) {
    List<String> delMes = new ArrayList<>();
    Map<String, Map<String, String>> oficios = demo.get("Oficios");
    for (String hoja : HechosDeLaDemo.HOJAS) {
      demo.get(hoja)
          .forEach(
              (clave, fila) -> {
                if (fechadoEn(
                        fila.get(hoja.equals("Entregables") ? "Fecha de envío" : "Fecha"), mes)
                    || (hoja.equals("Oficios")
                        && fila.get("Fecha").isEmpty()
                        && oficios.values().stream()
                            .filter(o -> fechadoEn(o.get("Fecha"), mes))
                            .anyMatch(
                                o ->
                                    partes(fila.get("En respuesta a")).contains(o.get("Número"))
                                        || partes(o.get("En respuesta a"))
                                            .contains(fila.get("Número"))
                                        || partes(o.get("Anexos")).contains(fila.get("Número"))))) {
                  delMes.add(hoja + " " + clave);
                } else if (hoja.equals("Sesiones")
                    && demo.get("Sesiones").values().stream()
                        .filter(o -> fechadoEn(o.get("Fecha"), mes))
                        .anyMatch(
                            o -> o.get("Orden del día").contains(enPalabras(fila.get("Fecha"))))) {
                  delMes.add(hoja + " " + clave);
                }
              });
    }
    return delMes;
  }

  private static boolean fechadoEn(String fecha, YearMonth mes) {
    if (fecha == null || fecha.isEmpty()) {
      return false;
    }
    return (fecha.length() == 7 ? YearMonth.parse(fecha) : YearMonth.from(DIA.parse(fecha)))
        .equals(mes);
  }

  /** «24 de febrero de 2020», como la nombra el orden del día de otra sesión. */
  private static String enPalabras(String fecha) {
    return EN_PALABRAS.format(DIA.parse(fecha));
  }

  private static List<String> partes(String lista) {
    return lista == null || lista.isEmpty() ? List.of() : List.of(lista.split("; "));
  }
}
