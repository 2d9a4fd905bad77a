package mx.seguimientoprep.bot.comprension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.ComandosDelBot;
import mx.seguimientoprep.bot.Contexto;
import mx.seguimientoprep.bot.DemoEnMemoria;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterpreteTest {

  private static final DemoEnMemoria DEMO = DemoEnMemoria.cargar();
  private static final java.time.LocalDate HOY = java.time.LocalDate.of(2021, 10, 31);
  private static final Interprete<Contexto> INTERPRETE =
      new Interprete<>(ComandosDelBot.TODOS, DEMO.resolutor(), "SeguimientoPrepBot");

  private static final Interpretacion<Contexto> IGNORADO = new Interpretacion.Ignorado<>();

  private static Interpretacion<Contexto> privado(String texto) {
    return INTERPRETE.interpretar(texto, false, HOY);
  }

  private static Interpretacion<Contexto> enGrupo(String texto) {
    return INTERPRETE.interpretar(texto, true, HOY);
  }

  /** El comando que se entendió. */
  private static Comando<Contexto> comando(Interpretacion<Contexto> interpretacion) {
    return entendido(interpretacion).comando();
  }

  @SuppressWarnings("unchecked")
  private static Interpretacion.Entendido<Contexto> entendido(
      Interpretacion<Contexto> interpretacion) {
    return assertInstanceOf(Interpretacion.Entendido.class, interpretacion);
  }

  /** El nombre del comando que se entendió, o `desconocido`. */
  private static String nombre(Interpretacion<Contexto> interpretacion) {
    return interpretacion instanceof Interpretacion.Desconocido
        ? "desconocido"
        : comando(interpretacion).nombre();
  }

  private static String entidad(Interpretacion<Contexto> interpretacion) {
    Resolucion.Encontrada encontrada =
        assertInstanceOf(Resolucion.Encontrada.class, entendido(interpretacion).entidad());
    return encontrada.entidad().getNombre();
  }

  private static Resolucion resolucion(Interpretacion<Contexto> interpretacion) {
    return entendido(interpretacion).entidad();
  }

  private static List<String> nombres(List<Entidad> entidades) {
    return entidades.stream().map(Entidad::getNombre).toList();
  }

  @Nested
  class ElEstadoDeDurango {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "estado del PREP Durango",
          "/estado durango",
          "/estado@SeguimientoPrepBot durango",
          "/estado@seguimientoprepbot Durango",
          "¿Cómo va el PREP de Durango?",
          "¿como va el prep de durango?",
          "COMO VA EL PREP DE DURANGO",
          "estado IEPC Durango",
          "DURANGO",
          "durango",
          "Durango.",
          "estado dgo",
          "Dgo.",
          "/estado 10",
          "10",
          "estado 10",
          "IEPC Durango",
          "Instituto Electoral y de Participación Ciudadana del Estado de Durango",
          "¿Qué tal va Durango?",
          "dime el estatus del PREP de Durango, por favor",
          "hola, ¿cómo va Durango?"
        })
    void todasLasFormasPidenLaTarjetaDeDurango(String texto) {
      Interpretacion<Contexto> interpretacion = privado(texto);
      assertEquals(ComandosDelBot.ESTADO, comando(interpretacion), texto);
      assertEquals("Durango", entidad(interpretacion), texto);
    }
  }

  @Nested
  class ElEstadoDeMexicoNoEsUnaPreguntaGenerica {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "estado del prep en el estado de méxico",
          "estado del PREP en el Estado de Mexico",
          "Edomex",
          "EDOMEX",
          "estado edomex",
          "/estado edo. méx.",
          "edo mex",
          "¿cómo va el edo. de méxico?",
          "México",
          "IEEM",
          "15",
          "/estado 15"
        })
    void esElEstadoDeMexico(String texto) {
      Interpretacion<Contexto> interpretacion = privado(texto);
      assertEquals(ComandosDelBot.ESTADO, comando(interpretacion), texto);
      assertEquals("Estado de México", entidad(interpretacion), texto);
    }

    @Test
    void laCiudadDeMexicoEsOtra() {
      assertEquals("Ciudad de México", entidad(privado("¿cómo va la Ciudad de México?")));
      assertEquals("Ciudad de México", entidad(privado("estado cdmx")));
    }
  }

  @Nested
  class ClavesSiglasYAlias {

    @ParameterizedTest
    @CsvSource({
      "5, Coahuila",
      "05, Coahuila",
      "estado 05, Coahuila",
      "IEC, Coahuila",
      "coah., Coahuila",
      "coahuila de zaragoza, Coahuila",
      "1, Aguascalientes",
      "ags, Aguascalientes",
      "IEE Colima, Colima",
      "son, Sonora",
      "/estado ver, Veracruz",
      "estado NL, Nuevo León",
      "nuevo leon, Nuevo León",
      "¿Cómo va Michoacán?, Michoacán",
      "michoacan, Michoacán",
      "QUERETARO, Querétaro",
      "estado yucatan, Yucatán",
      "estado de san luis potosi, San Luis Potosí",
      "q roo, Quintana Roo",
      "INE, INE"
    })
    void reconoceLaEntidad(String texto, String entidad) {
      Interpretacion<Contexto> interpretacion = privado(texto);
      assertEquals(ComandosDelBot.ESTADO, comando(interpretacion), texto);
      assertEquals(entidad, entidad(interpretacion), texto);
    }

    @Test
    void unaPalabraComunAcompanadaNoEsUnaEntidad() {
      assertInstanceOf(
          Resolucion.NoEncontrada.class, resolucion(privado("¿cuáles son los oficios?")));
      assertEquals(ComandosDelBot.OFICIOS, comando(privado("¿cuáles son los oficios?")));
    }
  }

  @Nested
  class AmbiguedadYErrata {

    @Test
    void ieeEsVariasEntidades() {
      Resolucion.Ambigua ambigua =
          assertInstanceOf(Resolucion.Ambigua.class, resolucion(privado("estado IEE")));
      assertEquals(
          List.of("Aguascalientes", "Colima", "Chihuahua", "Puebla", "Sonora"),
          nombres(ambigua.candidatas()));
    }

    @Test
    void iepcSolaEsAmbiguaYConElEstadoNo() {
      Resolucion.Ambigua ambigua =
          assertInstanceOf(Resolucion.Ambigua.class, resolucion(privado("/estado iepc")));
      assertEquals(
          List.of("Chiapas", "Durango", "Guerrero", "Jalisco"), nombres(ambigua.candidatas()));
      assertEquals("Guerrero", entidad(privado("estado IEPC Guerrero")));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"Durnago", "estado Durnago", "¿Cómo va el PREP de Durnago?", "/estado durnago"})
    void unaErrataSugiereDurango(String texto) {
      Interpretacion<Contexto> interpretacion = privado(texto);
      assertEquals(ComandosDelBot.ESTADO, comando(interpretacion));
      Resolucion.Sugerencias sugerencias =
          assertInstanceOf(Resolucion.Sugerencias.class, resolucion(interpretacion), texto);
      assertEquals("Durango", sugerencias.candidatas().get(0).getNombre(), texto);
    }

    @Test
    void otrasErratas() {
      assertEquals(
          "Aguascalientes",
          assertInstanceOf(Resolucion.Sugerencias.class, resolucion(privado("aguascalientez")))
              .candidatas()
              .get(0)
              .getNombre());
      assertEquals(
          "Tamaulipas",
          assertInstanceOf(Resolucion.Sugerencias.class, resolucion(privado("estado tamaulipaz")))
              .candidatas()
              .get(0)
              .getNombre());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/estado", "estado", "estado del PREP", "¿Cómo va el PREP?"})
    void sinEntidadHayQuePreguntarla(String texto) {
      Interpretacion<Contexto> interpretacion = privado(texto);
      assertEquals(ComandosDelBot.ESTADO, comando(interpretacion), texto);
      assertInstanceOf(Resolucion.NoEncontrada.class, resolucion(interpretacion), texto);
    }
  }

  @Nested
  class OtrasPreguntas {

    @ParameterizedTest
    @CsvSource({
      "/oficios durango, oficios, Durango",
      "oficios de Durango, oficios, Durango",
      "¿Cuáles son los últimos oficios de Coahuila?, oficios, Coahuila",
      "/pendientes durango, pendientes, Durango",
      "¿qué entregables tiene pendientes Durango?, pendientes, Durango",
      "vencidos de Aguascalientes, pendientes, Aguascalientes",
      "¿qué le vence a Durango?, pendientes, Durango",
      "/acuerdos coahuila, acuerdos, Coahuila",
      "acuerdos del IEC, acuerdos, Coahuila",
      "/sesiones aguascalientes, sesiones, Aguascalientes",
      "sesiones del COTAPREP de Aguascalientes, sesiones, Aguascalientes",
      "reuniones de ags, sesiones, Aguascalientes"
    })
    void preguntaPorUnaEntidad(String texto, String comando, String entidad) {
      Interpretacion<Contexto> interpretacion = privado(texto);
      assertEquals(comando, nombre(interpretacion), texto);
      assertEquals(entidad, entidad(interpretacion), texto);
    }

    @ParameterizedTest
    @CsvSource({
      "/vencimientos, vencimientos",
      "¿Qué vence en los próximos días?, vencimientos",
      "próximos vencimientos, vencimientos",
      "/ayuda, ayuda",
      "/help, ayuda",
      "ayuda, ayuda",
      "hola, ayuda",
      "Buenos días, ayuda",
      "/oficio, oficio",
      "registrar un oficio, oficio",
      "nuevo oficio, oficio",
      "/cancelar, cancelar",
      "cancelar, cancelar",
      "/start, start",
      "/borrar, desconocido"
    })
    void entiendeElComando(String texto, String comando) {
      assertEquals(comando, nombre(privado(texto)), texto);
    }

    /** La precedencia de las frases: qué gana cuando una frase tiene palabras de dos comandos. */
    @ParameterizedTest
    @CsvSource({
      "acuerdos pendientes de Durango, acuerdos",
      "sesiones pendientes de ags, sesiones",
      "oficios de los acuerdos de Coahuila, oficios",
      "'hola, oficios de Durango', oficios",
      "ayuda para registrar un oficio, oficio",
      "cancelar ayuda, cancelar",
      "ayuda con los oficios de Durango, ayuda",
      "hola Durango, estado"
    })
    void unaFraseConPalabrasDeDosComandos(String texto, String comando) {
      assertEquals(comando, nombre(privado(texto)), texto);
    }

    @Test
    void laFormaDeUnaLineaSeConservaTalCual() {
      Interpretacion<Contexto> interpretacion =
          privado("/oficio IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020");
      assertEquals(ComandosDelBot.OFICIO, comando(interpretacion));
      assertEquals(
          "IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020",
          entendido(interpretacion).argumento());
    }

    @Test
    void elCodigoDeStart() {
      Interpretacion<Contexto> interpretacion = privado("/start Ab12-xY9");
      assertEquals(ComandosDelBot.START, comando(interpretacion));
      assertEquals("Ab12-xY9", entendido(interpretacion).argumento());
    }
  }

  @Nested
  class EnUnGrupo {

    @Test
    void soloAtiendeComandosYMenciones() {
      assertEquals(IGNORADO, enGrupo("¿Cómo va el PREP de Durango?"));
      assertEquals(IGNORADO, enGrupo("durango"));
      assertEquals("Durango", entidad(enGrupo("/estado durango")));
      assertEquals("Durango", entidad(enGrupo("/estado@SeguimientoPrepBot durango")));
      assertEquals("Durango", entidad(enGrupo("@SeguimientoPrepBot ¿cómo va Durango?")));
      assertEquals("Durango", entidad(enGrupo("oye @seguimientoprepbot, estado dgo")));
    }

    @Test
    void unComandoParaOtroBotNoEsParaEste() {
      assertEquals(IGNORADO, enGrupo("/estado@OtroBot durango"));
      assertEquals(IGNORADO, privado("/estado@OtroBot durango"));
    }

    @Test
    void unComandoDesconocidoEsDeOtroBotSalvoQueNombreAEste() {
      assertEquals(IGNORADO, enGrupo("/ban alguien"));
      assertEquals("desconocido", nombre(enGrupo("/borrar@SeguimientoPrepBot durango")));
      assertEquals("desconocido", nombre(privado("/borrar durango")));
    }

    @Test
    void laMencionDeOtroBotNoCuenta() {
      assertEquals(IGNORADO, enGrupo("@SeguimientoPrepBot2 estado durango"));
    }
  }

  @Nested
  class Botones {

    @Test
    void elBotonDeUnaEntidadPideLoMismoQueElComando() {
      Interpretacion<Contexto> interpretacion =
          INTERPRETE.interpretarBoton("oficios:10").orElseThrow();
      assertEquals(ComandosDelBot.OFICIOS, comando(interpretacion));
      assertEquals("Durango", entidad(interpretacion));
      assertEquals(
          "estado:10", ComandosDelBot.ESTADO.datosDeBoton(DEMO.entidad("Durango").getClave()));
    }

    @Test
    void otrosDatosNoSonPreguntas() {
      assertEquals(Optional.empty(), INTERPRETE.interpretarBoton("of:guardar"));
      assertEquals(Optional.empty(), INTERPRETE.interpretarBoton("ayuda:10"));
      assertEquals(Optional.empty(), INTERPRETE.interpretarBoton("estado:99"));
    }
  }

  @Test
  void unMensajeSinTextoSeIgnora() {
    assertEquals(IGNORADO, privado(null));
    assertEquals(IGNORADO, privado("   "));
  }
}
