package mx.seguimientoprep.bot.comprension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mx.seguimientoprep.bot.ComandosDelBot;
import mx.seguimientoprep.bot.Contexto;
import mx.seguimientoprep.bot.DemoEnMemoria;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * La tabla de frases ({@code frases.tsv}, junto a esta prueba): cada pregunta, escrita como la
 * escribe la gente, con el comando, la entidad, los documentos, la fecha, el entregable y si sigue
 * la pregunta anterior que el intérprete debe sacar de ella.
 */
class FrasesTest {

  private static final LocalDate HOY = LocalDate.of(2021, 10, 31);
  private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Interprete<Contexto> INTERPRETE =
      new Interprete<>(
          ComandosDelBot.TODOS, DemoEnMemoria.cargar().resolutor(), "SeguimientoPrepBot");

  /** Una fila de la tabla. */
  record Fila(
      int renglon,
      String texto,
      String comando,
      String entidad,
      List<String> documentos,
      String fecha,
      String entregable,
      boolean sigue) {

    @Override
    public String toString() {
      return renglon + ": " + texto;
    }
  }

  static List<Fila> filas() throws IOException {
    List<Fila> filas = new ArrayList<>();
    try (BufferedReader lector =
        new BufferedReader(
            new InputStreamReader(
                FrasesTest.class.getResourceAsStream("frases.tsv"), StandardCharsets.UTF_8))) {
      String linea;
      int renglon = 0;
      while ((linea = lector.readLine()) != null) {
        renglon++;
        if (linea.isBlank() || linea.startsWith("#")) {
          continue;
        }
        String[] c = Arrays.copyOf(linea.split("\t", -1), 7);
        for (int i = 0; i < c.length; i++) {
          c[i] = c[i] == null ? "" : c[i].strip();
        }
        filas.add(
            new Fila(
                renglon,
                c[0],
                c[1],
                c[2],
                c[3].isEmpty() ? List.of() : List.of(c[3].split(",")),
                c[4],
                c[5],
                c[6].equals("sí")));
      }
    }
    return filas;
  }

  static Stream<Arguments> cadaFila() throws IOException {
    return filas().stream().map(Arguments::of);
  }

  @Test
  void laTablaTieneAlMenosDoscientasFrases() throws IOException {
    List<Fila> filas = filas();
    assertTrue(filas.size() >= 200, "solo " + filas.size() + " frases");
    List<String> comandos = filas.stream().map(Fila::comando).distinct().toList();
    ComandosDelBot.TODOS
        .todos()
        .forEach(c -> assertTrue(comandos.contains(c.nombre()), "ninguna frase pide /" + c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cadaFila")
  void seEntiende(Fila fila) {
    Interpretacion<Contexto> interpretacion = INTERPRETE.interpretar(fila.texto(), false, HOY);
    if (fila.comando().equals("no_entendido")) {
      assertTrue(interpretacion instanceof Interpretacion.NoEntendido, () -> "" + interpretacion);
      return;
    }
    if (fila.comando().equals("desconocido")) {
      assertTrue(interpretacion instanceof Interpretacion.Desconocido, () -> "" + interpretacion);
      return;
    }
    assertTrue(interpretacion instanceof Interpretacion.Entendido, () -> "" + interpretacion);
    Interpretacion.Entendido<Contexto> entendido =
        (Interpretacion.Entendido<Contexto>) interpretacion;
    assertEquals(fila.comando(), entendido.comando().nombre(), "comando");
    assertEquals(fila.entidad(), entidad(entendido.entidad()), "entidad");
    assertEquals(fila.documentos(), entendido.detalles().documentos(), "documentos");
    assertEquals(
        fila.fecha(), entendido.detalles().fecha().map(DD_MM_AAAA::format).orElse(""), "fecha");
    assertEquals(fila.entregable(), entendido.detalles().entregable().orElse(""), "entregable");
    assertEquals(fila.sigue(), entendido.detalles().continuacion(), "sigue a la anterior");
  }

  private static String entidad(Resolucion resolucion) {
    if (resolucion instanceof Resolucion.Encontrada encontrada) {
      return encontrada.entidad().getNombre();
    }
    if (resolucion instanceof Resolucion.Sugerencias sugerencias) {
      return "~" + sugerencias.candidatas().get(0).getNombre();
    }
    if (resolucion instanceof Resolucion.Ambigua ambigua) {
      return "ambigua:"
          + String.join("|", ambigua.candidatas().stream().map(Entidad::getNombre).toList());
    }
    return "";
  }
}
