package mx.seguimientoprep.domain.entidad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mx.seguimientoprep.domain.TextoComparable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolutorEntidadTest {

  private static final List<Entidad> ENTIDADES = OplTsv.entidades();
  private static final ResolutorEntidad RESOLUTOR = new ResolutorEntidad(ENTIDADES);

  /** Las palabras vacías que usa el bot para las preguntas de estado. */
  private static final Set<String> VACIAS =
      Set.of("como", "va", "el", "prep", "de", "estado", "del", "en", "la");

  /** Según el comentario de opl.tsv, 'IEE' e 'IEPC' solos son ambiguos. */
  private static final Map<String, List<String>> AMBIGUAS =
      Map.of(
          "iee", List.of("Aguascalientes", "Colima", "Chihuahua", "Puebla", "Sonora"),
          "iepc", List.of("Chiapas", "Durango", "Guerrero", "Jalisco"));

  private static String nombre(Resolucion resolucion) {
    return assertInstanceOf(Resolucion.Encontrada.class, resolucion).entidad().getNombre();
  }

  private static List<String> nombres(List<Entidad> entidades) {
    return entidades.stream().map(Entidad::getNombre).toList();
  }

  /** Cada clave, nombre, alias, siglas y nombre oficial de opl.tsv, con la entidad que nombra. */
  private static List<String[]> formasDeOpl() {
    List<String[]> formas = new ArrayList<>();
    for (Map<String, String> fila : OplTsv.filas()) {
      String entidad = fila.get("entidad");
      formas.add(new String[] {fila.get("clave"), entidad});
      formas.add(new String[] {Integer.toString(Integer.parseInt(fila.get("clave"))), entidad});
      formas.add(new String[] {entidad, entidad});
      OplTsv.alias(fila).forEach(alias -> formas.add(new String[] {alias, entidad}));
      formas.add(new String[] {fila.get("siglas"), entidad});
      formas.add(new String[] {fila.get("nombre"), entidad});
    }
    return formas;
  }

  private static void esperar(String forma, String entidad, Resolucion resolucion) {
    List<String> ambigua = AMBIGUAS.get(TextoComparable.de(forma));
    if (ambigua != null) {
      assertEquals(
          ambigua, nombres(assertInstanceOf(Resolucion.Ambigua.class, resolucion).candidatas()));
    } else {
      assertEquals(entidad, nombre(resolucion));
    }
  }

  @TestFactory
  Stream<DynamicTest> reconoceCadaFormaDeOplComoCampo() {
    return formasDeOpl().stream()
        .map(
            f ->
                dynamicTest(
                    "«" + f[0] + "» → " + f[1],
                    () -> esperar(f[0], f[1], RESOLUTOR.resolver(f[0]))));
  }

  @TestFactory
  Stream<DynamicTest> reconoceCadaFormaDeOplEnUnaPregunta() {
    return formasDeOpl().stream()
        .map(
            f -> {
              String pregunta = "¿Cómo va el PREP de " + f[0] + "?";
              return dynamicTest(
                  pregunta + " → " + f[1],
                  () -> esperar(f[0], f[1], RESOLUTOR.buscarEn(pregunta, VACIAS)));
            });
  }

  @Test
  void opl_tsv_tiene_las_33_entidades() {
    assertEquals(33, ENTIDADES.size());
  }

  @Nested
  class ComoCampo {

    @ParameterizedTest
    @CsvSource({
      "durango, Durango",
      "Dgo., Durango",
      "dgo, Durango",
      "IEPC Durango, Durango",
      "10, Durango",
      "5, Coahuila",
      "05, Coahuila",
      "estado de méxico, Estado de México",
      "ESTADO DE MEXICO, Estado de México",
      "Edomex, Estado de México",
      "CDMX, Ciudad de México",
      "Coahuila de Zaragoza, Coahuila",
      "IEC, Coahuila",
      "IEEM, Estado de México",
      "INE, INE",
      "Nacional, INE",
      "00, INE",
      "  michoacan  , Michoacán",
    })
    void reconoceLaEntidad(String texto, String entidad) {
      assertEquals(entidad, nombre(RESOLUTOR.resolver(texto)));
    }

    @Test
    void lasSiglasCompartidasSolasSonAmbiguas() {
      assertEquals(
          List.of("Aguascalientes", "Colima", "Chihuahua", "Puebla", "Sonora"),
          nombres(
              assertInstanceOf(Resolucion.Ambigua.class, RESOLUTOR.resolver("IEE")).candidatas()));
      assertEquals(
          List.of("Chiapas", "Durango", "Guerrero", "Jalisco"),
          nombres(
              assertInstanceOf(Resolucion.Ambigua.class, RESOLUTOR.resolver("iepc")).candidatas()));
    }

    @ParameterizedTest
    @CsvSource({
      "Durnago, Durango",
      "Aguascalintes, Aguascalientes",
      "Chiuahua, Chihuahua",
      "Guerero, Guerrero",
      "Zacatecs, Zacatecas",
      "Tamaulipaz, Tamaulipas",
      "Baja Califronia, Baja California",
    })
    void sugiereLaMasCercanaPrimeroAnteUnErrorDeDedo(String texto, String entidad) {
      Resolucion resolucion = RESOLUTOR.resolver(texto);
      List<Entidad> candidatas =
          assertInstanceOf(Resolucion.Sugerencias.class, resolucion).candidatas();
      assertEquals(entidad, candidatas.get(0).getNombre());
    }

    @Test
    void durnagoSoloSugiereDurango() {
      assertEquals(
          List.of("Durango"),
          nombres(
              assertInstanceOf(Resolucion.Sugerencias.class, RESOLUTOR.resolver("Durnago"))
                  .candidatas()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "xyz", "Atlántida", "33", "Durangolandia del Norte"})
    void loQueNoSeParecePasaPorNoEncontrada(String texto) {
      assertInstanceOf(Resolucion.NoEncontrada.class, RESOLUTOR.resolver(texto));
    }
  }

  @Nested
  class EnUnaFrase {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "estado del PREP Durango | Durango",
          "/estado durango | Durango",
          "¿Cómo va el PREP de Durango? | Durango",
          "estado IEPC Durango | Durango",
          "DURANGO | Durango",
          "estado dgo | Durango",
          "estado del prep en el estado de méxico | Estado de México",
          "baja california sur | Baja California Sur",
          "¿cómo va baja california? | Baja California",
          "ciudad de méxico | Ciudad de México",
          "estado 5 | Coahuila",
          "son | Sonora",
          "estado ver | Veracruz",
        })
    void encuentraLaFormaMasLarga(String frase, String entidad) {
      assertEquals(entidad, nombre(RESOLUTOR.buscarEn(frase, VACIAS)));
    }

    @Test
    void lasPalabrasComunesNoNombranEntidadesDentroDeUnaFrase() {
      assertEquals(
          "Durango",
          nombre(RESOLUTOR.buscarEn("cuáles son los oficios sin ver de durango", VACIAS)));
      assertInstanceOf(
          Resolucion.NoEncontrada.class, RESOLUTOR.buscarEn("cuáles son los pendientes", VACIAS));
    }

    @Test
    void unErrorDeDedoDaSugerencias() {
      assertEquals(
          List.of("Durango"),
          nombres(
              assertInstanceOf(
                      Resolucion.Sugerencias.class,
                      RESOLUTOR.buscarEn("¿Cómo va el PREP de Durnago?", VACIAS))
                  .candidatas()));
    }

    @Test
    void sinEntidadNoEncuentraNada() {
      assertInstanceOf(
          Resolucion.NoEncontrada.class, RESOLUTOR.buscarEn("¿Cómo va el PREP?", VACIAS));
    }

    @Test
    void dosEntidadesDelMismoLargoSonAmbiguas() {
      assertEquals(
          List.of("Coahuila", "Durango"),
          nombres(
              assertInstanceOf(
                      Resolucion.Ambigua.class, RESOLUTOR.buscarEn("coahuila y durango", VACIAS))
                  .candidatas()));
    }

    @Test
    void lasSiglasCompartidasSolasSonAmbiguas() {
      assertInstanceOf(Resolucion.Ambigua.class, RESOLUTOR.buscarEn("estado IEE", VACIAS));
    }
  }

  /** Una sola búsqueda en una frase para el bot y la API, con una sola lista de palabras vacías. */
  @Nested
  class ConLasPalabrasVaciasDeUnaPregunta {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "¿Cómo va el PREP de Durango? | Durango",
          "estatus de coahuila | Coahuila",
          "dame los oficios del IEPC Durango | Durango",
          "pendientes de baja california sur | Baja California Sur",
          "son | Sonora",
          "estado del prep en el estado de méxico | Estado de México",
        })
    void encuentraLaEntidadDeUnaPregunta(String frase, String entidad) {
      assertEquals(entidad, nombre(RESOLUTOR.enFrase(frase)));
    }

    @Test
    void lasPalabrasDeUnaPreguntaNoSonAliasDeEntidades() {
      assertInstanceOf(Resolucion.NoEncontrada.class, RESOLUTOR.enFrase("quiero ver los oficios"));
      assertInstanceOf(
          Resolucion.NoEncontrada.class, RESOLUTOR.enFrase("cuáles son los pendientes sin fecha"));
    }

    @Test
    void lasPalabrasVaciasQueUsabaLaApiSiguenSiendolo() {
      for (String palabra :
          List.of("estado", "del", "de", "la", "el", "en", "prep", "como", "va")) {
        assertTrue(PalabrasVacias.DE_UNA_PREGUNTA.contains(palabra), palabra);
      }
    }
  }

  /** Un campo (la celda, el campo JSON, la referencia de una URL) que nombra una entidad. */
  @Nested
  class EnUnCampo {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Coahuila | Coahuila",
          "Coahuila de Zaragoza | Coahuila",
          "Coah. | Coahuila",
          "05 | Coahuila",
          "estado de Durango | Durango",
          "OPL de Coahuila | Coahuila",
          "ver | Veracruz",
        })
    void loNombraEnteroOComoFrase(String texto, String entidad) {
      assertEquals(entidad, nombre(RESOLUTOR.enCampo(texto)));
    }

    @Test
    void siNoLaEncuentraSugiereComoElTextoCompleto() {
      assertEquals(
          List.of("Baja California Sur"),
          nombres(
              assertInstanceOf(
                      Resolucion.Sugerencias.class, RESOLUTOR.enCampo("Baja Californa Sur"))
                  .candidatas()));
      assertInstanceOf(Resolucion.Ambigua.class, RESOLUTOR.enCampo("IEE"));
      assertInstanceOf(Resolucion.NoEncontrada.class, RESOLUTOR.enCampo("Narnia"));
    }
  }
}
