package mx.seguimientoprep.bot.comprension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.DemoEnMemoria;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterpreteTest {

  private static final DemoEnMemoria DEMO = DemoEnMemoria.cargar();
  private static final Interprete INTERPRETE =
      new Interprete(DEMO.resolutor(), "SeguimientoPrepBot");

  private static Interpretacion privado(String texto) {
    return INTERPRETE.interpretar(texto, false);
  }

  private static Interpretacion enGrupo(String texto) {
    return INTERPRETE.interpretar(texto, true);
  }

  private static String entidad(Interpretacion interpretacion) {
    Resolucion.Encontrada encontrada =
        assertInstanceOf(Resolucion.Encontrada.class, interpretacion.entidad());
    return encontrada.entidad().getNombre();
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
      Interpretacion interpretacion = privado(texto);
      assertEquals(Intencion.ESTADO, interpretacion.intencion(), texto);
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
      Interpretacion interpretacion = privado(texto);
      assertEquals(Intencion.ESTADO, interpretacion.intencion(), texto);
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
      Interpretacion interpretacion = privado(texto);
      assertEquals(Intencion.ESTADO, interpretacion.intencion(), texto);
      assertEquals(entidad, entidad(interpretacion), texto);
    }

    @Test
    void unaPalabraComunAcompanadaNoEsUnaEntidad() {
      assertInstanceOf(
          Resolucion.NoEncontrada.class, privado("¿cuáles son los oficios?").entidad());
      assertEquals(Intencion.OFICIOS, privado("¿cuáles son los oficios?").intencion());
    }
  }

  @Nested
  class AmbiguedadYErrata {

    @Test
    void ieeEsVariasEntidades() {
      Resolucion.Ambigua ambigua =
          assertInstanceOf(Resolucion.Ambigua.class, privado("estado IEE").entidad());
      assertEquals(
          List.of("Aguascalientes", "Colima", "Chihuahua", "Puebla", "Sonora"),
          nombres(ambigua.candidatas()));
    }

    @Test
    void iepcSolaEsAmbiguaYConElEstadoNo() {
      Resolucion.Ambigua ambigua =
          assertInstanceOf(Resolucion.Ambigua.class, privado("/estado iepc").entidad());
      assertEquals(
          List.of("Chiapas", "Durango", "Guerrero", "Jalisco"), nombres(ambigua.candidatas()));
      assertEquals("Guerrero", entidad(privado("estado IEPC Guerrero")));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"Durnago", "estado Durnago", "¿Cómo va el PREP de Durnago?", "/estado durnago"})
    void unaErrataSugiereDurango(String texto) {
      Interpretacion interpretacion = privado(texto);
      assertEquals(Intencion.ESTADO, interpretacion.intencion());
      Resolucion.Sugerencias sugerencias =
          assertInstanceOf(Resolucion.Sugerencias.class, interpretacion.entidad(), texto);
      assertEquals("Durango", sugerencias.candidatas().get(0).getNombre(), texto);
    }

    @Test
    void otrasErratas() {
      assertEquals(
          "Aguascalientes",
          assertInstanceOf(Resolucion.Sugerencias.class, privado("aguascalientez").entidad())
              .candidatas()
              .get(0)
              .getNombre());
      assertEquals(
          "Tamaulipas",
          assertInstanceOf(Resolucion.Sugerencias.class, privado("estado tamaulipaz").entidad())
              .candidatas()
              .get(0)
              .getNombre());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/estado", "estado", "estado del PREP", "¿Cómo va el PREP?"})
    void sinEntidadHayQuePreguntarla(String texto) {
      Interpretacion interpretacion = privado(texto);
      assertEquals(Intencion.ESTADO, interpretacion.intencion(), texto);
      assertInstanceOf(Resolucion.NoEncontrada.class, interpretacion.entidad(), texto);
    }
  }

  @Nested
  class OtrasPreguntas {

    @ParameterizedTest
    @CsvSource({
      "/oficios durango, OFICIOS, Durango",
      "oficios de Durango, OFICIOS, Durango",
      "¿Cuáles son los últimos oficios de Coahuila?, OFICIOS, Coahuila",
      "/pendientes durango, PENDIENTES, Durango",
      "¿qué entregables tiene pendientes Durango?, PENDIENTES, Durango",
      "vencidos de Aguascalientes, PENDIENTES, Aguascalientes",
      "¿qué le vence a Durango?, PENDIENTES, Durango",
      "/acuerdos coahuila, ACUERDOS, Coahuila",
      "acuerdos del IEC, ACUERDOS, Coahuila",
      "/sesiones aguascalientes, SESIONES, Aguascalientes",
      "sesiones del COTAPREP de Aguascalientes, SESIONES, Aguascalientes",
      "reuniones de ags, SESIONES, Aguascalientes"
    })
    void preguntaPorUnaEntidad(String texto, Intencion intencion, String entidad) {
      Interpretacion interpretacion = privado(texto);
      assertEquals(intencion, interpretacion.intencion(), texto);
      assertEquals(entidad, entidad(interpretacion), texto);
    }

    @ParameterizedTest
    @CsvSource({
      "/vencimientos, VENCIMIENTOS",
      "¿Qué vence en los próximos días?, VENCIMIENTOS",
      "próximos vencimientos, VENCIMIENTOS",
      "/ayuda, AYUDA",
      "/help, AYUDA",
      "ayuda, AYUDA",
      "hola, AYUDA",
      "Buenos días, AYUDA",
      "/oficio, REGISTRAR_OFICIO",
      "registrar un oficio, REGISTRAR_OFICIO",
      "nuevo oficio, REGISTRAR_OFICIO",
      "/cancelar, CANCELAR",
      "cancelar, CANCELAR",
      "/start, START",
      "/borrar, DESCONOCIDA"
    })
    void entiendeLaIntencion(String texto, Intencion intencion) {
      assertEquals(intencion, privado(texto).intencion(), texto);
    }

    @Test
    void laFormaDeUnaLineaSeConservaTalCual() {
      Interpretacion interpretacion =
          privado("/oficio IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020");
      assertEquals(Intencion.REGISTRAR_OFICIO, interpretacion.intencion());
      assertEquals(
          "IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020",
          interpretacion.argumento());
    }

    @Test
    void elCodigoDeStart() {
      Interpretacion interpretacion = privado("/start Ab12-xY9");
      assertEquals(Intencion.START, interpretacion.intencion());
      assertEquals("Ab12-xY9", interpretacion.argumento());
    }
  }

  @Nested
  class EnUnGrupo {

    @Test
    void soloAtiendeComandosYMenciones() {
      assertEquals(Intencion.IGNORAR, enGrupo("¿Cómo va el PREP de Durango?").intencion());
      assertEquals(Intencion.IGNORAR, enGrupo("durango").intencion());
      assertEquals("Durango", entidad(enGrupo("/estado durango")));
      assertEquals("Durango", entidad(enGrupo("/estado@SeguimientoPrepBot durango")));
      assertEquals("Durango", entidad(enGrupo("@SeguimientoPrepBot ¿cómo va Durango?")));
      assertEquals("Durango", entidad(enGrupo("oye @seguimientoprepbot, estado dgo")));
    }

    @Test
    void unComandoParaOtroBotNoEsParaEste() {
      assertEquals(Intencion.IGNORAR, enGrupo("/estado@OtroBot durango").intencion());
      assertEquals(Intencion.IGNORAR, privado("/estado@OtroBot durango").intencion());
    }

    @Test
    void unComandoDesconocidoEsDeOtroBotSalvoQueNombreAEste() {
      assertEquals(Intencion.IGNORAR, enGrupo("/ban alguien").intencion());
      assertEquals(
          Intencion.DESCONOCIDA, enGrupo("/borrar@SeguimientoPrepBot durango").intencion());
      assertEquals(Intencion.DESCONOCIDA, privado("/borrar durango").intencion());
    }

    @Test
    void laMencionDeOtroBotNoCuenta() {
      assertEquals(Intencion.IGNORAR, enGrupo("@SeguimientoPrepBot2 estado durango").intencion());
    }
  }

  @Nested
  class Botones {

    @Test
    void elBotonDeUnaEntidadPideLoMismoQueElComando() {
      Interpretacion interpretacion = INTERPRETE.interpretarBoton("oficios:10").orElseThrow();
      assertEquals(Intencion.OFICIOS, interpretacion.intencion());
      assertEquals("Durango", entidad(interpretacion));
      assertEquals("estado:10", Intencion.ESTADO.datosDeBoton(DEMO.entidad("Durango").getClave()));
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
    assertEquals(Intencion.IGNORAR, privado(null).intencion());
    assertEquals(Intencion.IGNORAR, privado("   ").intencion());
  }
}
