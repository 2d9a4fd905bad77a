package mx.seguimientoprep.bot.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.ComandosDelBot;
import mx.seguimientoprep.bot.DemoEnMemoria;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** La conversación de `/oficio`, leída y tocada como la lee y la toca una capturista. */
class CapturaDeOficioTest {

  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  /** El 4 de noviembre de 2020 a las 11:00 en la Ciudad de México. */
  private static final Instant INICIO = Instant.parse("2020-11-04T17:00:00Z");

  private final DemoEnMemoria demo = DemoEnMemoria.cargar();
  private final CapturaDeOficio captura =
      new CapturaDeOficio(
          new Interprete<>(ComandosDelBot.TODOS, demo.resolutor(), "SeguimientoPrepBot"),
          demo.resolutor(),
          demo,
          demo,
          demo,
          demo,
          MEXICO);

  /** Una conversación en curso: lo último que leyó la persona y lo que hay que guardar. */
  private final class Charla {

    private Optional<Conversacion> conversacion = Optional.empty();
    private List<Respuesta> leido = List.of();
    private Optional<ComandoOficio> guardar = Optional.empty();
    private Instant ahora = INICIO;

    Charla iniciar(String linea) {
      return seguir(captura.iniciar(linea, ahora));
    }

    Charla escribir(String texto) {
      return seguir(captura.responder(conversacion.orElseThrow(), texto, ahora));
    }

    Charla tocar(String etiqueta) {
      String datos =
          leido.stream()
              .flatMap(r -> r.botones().stream())
              .flatMap(List::stream)
              .filter(b -> b.etiqueta().equals(etiqueta))
              .map(Boton::datos)
              .findFirst()
              .orElseThrow(() -> new AssertionError("No hay botón «" + etiqueta + "»: " + texto()));
      return seguir(captura.pulsar(conversacion.orElseThrow(), datos, ahora));
    }

    Charla esperar(Duration silencio) {
      ahora = ahora.plus(silencio);
      return this;
    }

    private Charla seguir(Avance avance) {
      // Como la aplicación: la conversación pasa por su forma guardada entre un mensaje y otro.
      conversacion = avance.conversacion().map(c -> Conversacion.desdeMapa(c.comoMapa()));
      leido = avance.respuestas();
      guardar = avance.guardar();
      return this;
    }

    String texto() {
      return String.join("\n", leido.stream().map(Respuesta::texto).toList());
    }

    List<String> lineas() {
      return Arrays.asList(texto().split("\n"));
    }

    List<String> botones() {
      return leido.stream()
          .flatMap(r -> r.botones().stream())
          .flatMap(List::stream)
          .map(Boton::etiqueta)
          .toList();
    }

    Paso paso() {
      return conversacion.orElseThrow().paso();
    }

    boolean terminada() {
      return conversacion.isEmpty();
    }
  }

  @Nested
  class LaConversacionGuiada {

    @Test
    void preguntaUnDatoALaVezYNoGuardaHastaGuardar() {
      Charla charla = new Charla().iniciar("");
      assertTrue(charla.texto().startsWith("Registrar un oficio: te pregunto 7 datos"));
      assertTrue(charla.texto().contains("Nada se guarda hasta que toques Guardar"));
      assertTrue(charla.texto().contains("1/7 · Entidad"));
      assertEquals(List.of("INE", "Aguascalientes", "Coahuila", "Durango"), charla.botones());

      charla.tocar("Coahuila");
      assertEquals(
          List.of("2/7 · Número", "Escribe el número del oficio, por ejemplo IEPC/SE/2119/2021."),
          charla.lineas());

      charla.escribir("IEC / SE / 1830 / 2020");
      assertTrue(charla.texto().startsWith("3/7 · Fecha"));
      assertEquals(List.of("Hoy"), charla.botones());

      charla.escribir("31/02/2021");
      assertEquals(
          "31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
          charla.lineas().get(0));
      assertEquals(Paso.FECHA, charla.paso());

      charla.tocar("Hoy");
      assertTrue(charla.texto().startsWith("4/7 · Sentido"));
      assertEquals(List.of("Enviado al INE", "Recibido del INE", "Interno"), charla.botones());

      charla.tocar("Enviado al INE");
      assertEquals(List.of("5/7 · Asunto", "Escribe el asunto del oficio."), charla.lineas());

      charla.escribir("Remite el informe mensual de octubre y el acuerdo de integración");
      assertTrue(charla.texto().startsWith("6/7 · Entregables"));
      assertTrue(
          charla
              .lineas()
              .contains(
                  "E03 Informe mensual de avance en la implementación y" + " operación del PREP"),
          "muestra el catálogo");
      assertEquals(34, charla.botones().size(), "32 códigos, Listo y Omitir");

      charla.tocar("E03").tocar("E04");
      assertEquals("Elegidos: E03, E04. Toca otro código o Listo.", charla.texto().split("\n")[1]);
      assertTrue(charla.botones().containsAll(List.of("✓ E03", "✓ E04", "E05")));
      charla.tocar("✓ E04");
      assertTrue(charla.texto().endsWith("Elegidos: E03. Toca otro código o Listo."));

      charla.tocar("Listo");
      assertTrue(charla.texto().startsWith("7/7 · En respuesta a"));
      assertEquals(List.of("Omitir"), charla.botones());

      charla.escribir("INE/UNICOM/3231/2020");
      assertEquals(
          List.of(
              "Revisa el oficio; todavía no se ha guardado:",
              "Entidad: Coahuila (IEC)",
              "Proceso: Proceso Electoral Local Ordinario 2021",
              "Número: IEC/SE/1830/2020",
              "Fecha: 04/11/2020",
              "Sentido: Enviado al INE",
              "Asunto: Remite el informe mensual de octubre y el acuerdo de integración",
              "Entregables: E03 Informe mensual de avance en la implementación y operación del"
                  + " PREP",
              "En respuesta a: INE/UNICOM/3231/2020"),
          charla.lineas());
      assertEquals(List.of("Guardar", "Corregir", "Cancelar"), charla.botones());
      assertEquals(Optional.empty(), charla.guardar, "nada se guarda antes de Guardar");

      charla.tocar("Guardar");
      ComandoOficio comando = charla.guardar.orElseThrow();
      assertEquals("05", comando.entidad().valor());
      assertEquals("Proceso Electoral Local Ordinario 2021", comando.proceso());
      assertEquals(new NumeroOficio("IEC/SE/1830/2020"), comando.numero());
      assertEquals(LocalDate.of(2020, 11, 4), comando.fecha().dia());
      assertEquals(Sentido.ENVIADO_AL_INE, comando.sentido());
      assertEquals(List.of("E03"), comando.entregables());
      assertEquals(List.of(new NumeroOficio("INE/UNICOM/3231/2020")), comando.enRespuestaA());
      assertFalse(charla.terminada(), "la conversación sigue hasta que el registro tenga éxito");

      Oficio oficio = demo.registrar(comando, new Autoria("capturista", Canal.BOT));
      charla.seguir(captura.guardado(oficio));
      assertTrue(charla.terminada());
      assertEquals(
          "Guardado: el oficio IEC/SE/1830/2020 (Coahuila, 04/11/2020) quedó registrado en el"
              + " Proceso Electoral Local Ordinario 2021. Para registrar otro: /oficio",
          charla.texto());
    }

    @Test
    void losOpcionalesSeOmitenConUnBotonOEscribiendo() {
      Charla charla =
          new Charla()
              .iniciar("")
              .escribir("durango")
              .escribir("IEPC/SE/2200/2021")
              .escribir("3 de noviembre de 2020")
              .escribir("recibido")
              .escribir("Emite observaciones")
              .escribir("ninguno");
      assertEquals(Paso.EN_RESPUESTA_A, charla.paso());
      charla.tocar("Omitir");
      assertTrue(charla.lineas().contains("Entregables: ninguno"));
      assertTrue(charla.lineas().contains("En respuesta a: ninguno"));
      assertTrue(charla.lineas().contains("Sentido: Recibido del INE"));
    }

    @Test
    void losEntregablesSePuedenEscribir() {
      Charla charla = hastaEntregables().escribir("e4, E16");
      assertEquals(Paso.EN_RESPUESTA_A, charla.paso());
      charla.tocar("Omitir");
      assertTrue(
          charla
              .lineas()
              .contains(
                  "Entregables: E04 Acuerdo de integración del COTAPREP; E16 Planes de seguridad y de"
                      + " continuidad"));
    }

    @Test
    void unEntregableQueNoExisteSeVuelveAPreguntar() {
      Charla charla = hastaEntregables().escribir("E04, E45");
      assertEquals("«E45» no es un entregable del catálogo (E01 a E32).", charla.lineas().get(0));
      assertEquals(Paso.ENTREGABLES, charla.paso());
    }

    @Test
    void unaRespuestaAUnOficioNoRegistradoSeAnota() {
      Charla charla = hastaEntregables().tocar("Omitir").escribir("INE/UNICOM/9999/2020");
      assertEquals(
          "INE/UNICOM/9999/2020 no está registrado; queda anotado como referencia.",
          charla.lineas().get(0));
      assertEquals(Paso.RESUMEN, charla.paso());
    }

    @Test
    void unOficioNoPuedeResponderseASiMismo() {
      Charla charla = hastaEntregables().tocar("Omitir").escribir("IEC/SE/1830/2020");
      assertEquals("Un oficio no puede responderse a sí mismo.", charla.lineas().get(0));
      assertEquals(Paso.EN_RESPUESTA_A, charla.paso());
    }
  }

  private Charla hastaEntregables() {
    return new Charla()
        .iniciar("")
        .escribir("Coahuila")
        .escribir("IEC/SE/1830/2020")
        .escribir("04/11/2020")
        .escribir("enviado")
        .escribir("Remite documentos");
  }

  @Nested
  class CadaRespuestaSeValida {

    @Test
    void unNumeroYaRegistradoSeRechazaMostrandoElOficio() {
      Charla charla = new Charla().iniciar("").escribir("coahuila").escribir("iec/se/1766/2020");
      assertEquals(
          "El oficio IEC/SE/1766/2020 ya está registrado: Coahuila, 03/11/2020, «Remite el"
              + " Acuerdo IEC/CG/145/2020 de integración del COTAPREP y el oficio interno"
              + " DEIE/032/2020, que valida que las personas designadas cumplen los requisitos.»."
              + " Escribe otro número o /cancelar.",
          charla.lineas().get(0));
      assertEquals("2/7 · Número", charla.lineas().get(2));
      assertEquals(Paso.NUMERO, charla.paso());
    }

    @Test
    void unNumeroSinCifrasNoEsUnNumero() {
      Charla charla = new Charla().iniciar("").escribir("Durango").escribir("el de ayer");
      assertEquals(
          "«el de ayer» no parece un número de oficio: escribe algo como IEPC/SE/2119/2021.",
          charla.lineas().get(0));
    }

    @Test
    void unaFechaFuturaSeRechaza() {
      Charla charla =
          new Charla()
              .iniciar("")
              .escribir("Durango")
              .escribir("IEPC/SE/1/2020")
              .escribir("05/11/2020");
      assertEquals(
          "05/11/2020 es posterior a hoy: escribe la fecha en que se firmó el oficio.",
          charla.lineas().get(0));
      assertEquals(Paso.FECHA, charla.paso());
    }

    @Test
    void unSentidoDesconocido() {
      Charla charla =
          new Charla()
              .iniciar("")
              .escribir("Durango")
              .escribir("IEPC/SE/1/2020")
              .escribir("hoy")
              .escribir("de lado");
      assertEquals(
          "«de lado» no es un sentido: elige Enviado al INE, Recibido del INE o Interno.",
          charla.lineas().get(0));
    }

    @Test
    void unaEntidadAmbiguaSePreguntaConBotones() {
      Charla charla = new Charla().iniciar("").escribir("IEE");
      assertEquals("«IEE» puede ser más de una entidad. ¿Cuál?", charla.texto());
      assertEquals(
          List.of("Aguascalientes", "Colima", "Chihuahua", "Puebla", "Sonora"), charla.botones());
      charla.tocar("Aguascalientes");
      assertEquals(Paso.NUMERO, charla.paso());
    }

    @Test
    void unaErrataSugiereLaEntidad() {
      Charla charla = new Charla().iniciar("").escribir("Coahulia");
      assertEquals("¿Quisiste decir Coahuila?", charla.texto());
      charla.tocar("Coahuila");
      assertEquals(Paso.NUMERO, charla.paso());
    }

    @Test
    void unaEntidadSinProcesosNoRecibeOficios() {
      Charla charla = new Charla().iniciar("").escribir("Zacatecas");
      assertEquals(
          "Zacatecas no tiene procesos registrados; no puedo registrarle oficios.",
          charla.lineas().get(0));
      assertEquals(Paso.ENTIDAD, charla.paso());
    }

    @Test
    void unBotonDeOtraPreguntaNoAvanza() {
      Charla charla = new Charla().iniciar("").tocar("Durango");
      charla.seguir(captura.pulsar(charla.conversacion.orElseThrow(), "of:guardar", INICIO));
      assertEquals("Ese botón es de una pregunta anterior.", charla.lineas().get(0));
      assertEquals(Paso.NUMERO, charla.paso());
    }
  }

  @Nested
  class LaFormaDeUnaLinea {

    @Test
    void preguntaSoloLaEntidadYOfreceLaDeLasSiglasDelNumero() {
      Charla charla =
          new Charla()
              .iniciar("IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020");
      assertEquals("Registrar un oficio.", charla.lineas().get(0));
      assertTrue(charla.texto().contains("1/7 · Entidad"));
      assertEquals(List.of("Coahuila"), charla.botones());

      charla.tocar("Coahuila");
      assertEquals(
          List.of(
              "Revisa el oficio; todavía no se ha guardado:",
              "Entidad: Coahuila (IEC)",
              "Proceso: Proceso Electoral Local Ordinario 2021",
              "Número: IEC/SE/1830/2020",
              "Fecha: 03/11/2020",
              "Sentido: Enviado al INE",
              "Asunto: Remite acuerdo IEC/CG/145/2020",
              "Entregables: ninguno",
              "En respuesta a: ninguno"),
          charla.lineas());
    }

    @Test
    void conLaEntidadVaDirectoAlResumen() {
      Charla charla =
          new Charla()
              .iniciar(
                  "Durango IEPC/SE/2300/2021 tres (03) de noviembre de dos mil veinte (2020)"
                      + " enviado al INE Remite el informe de octubre");
      assertEquals(Paso.RESUMEN, charla.paso());
      assertTrue(charla.lineas().contains("Fecha: 03/11/2020"));
      assertTrue(charla.lineas().contains("Asunto: Remite el informe de octubre"));
    }

    @Test
    void unaFechaImposibleSeVuelveAPreguntarYLoDemasSeConserva() {
      Charla charla =
          new Charla().iniciar("Coahuila IEC/SE/1830/2020 31/02/2020 recibido Observaciones");
      assertEquals(
          List.of(
              "Registrar un oficio.",
              "31/02/2020 no es una fecha válida: febrero de 2020 tiene 29 días.",
              "",
              "3/7 · Fecha"),
          charla.lineas().subList(0, 4));
      charla.escribir("02/11/2020");
      assertEquals(Paso.RESUMEN, charla.paso());
      assertTrue(charla.lineas().contains("Sentido: Recibido del INE"));
      assertTrue(charla.lineas().contains("Asunto: Observaciones"));
    }

    @Test
    void unAsuntoDemasiadoLargoSeAvisaYSeVuelveAPreguntarSinGuardarlo() {
      Charla charla =
          new Charla()
              .iniciar("Coahuila IEC/SE/1830/2020 03/11/2020 enviado " + "asunto ".repeat(580));
      assertEquals(Paso.ASUNTO, charla.paso());
      assertEquals(
          null, charla.conversacion.orElseThrow().asunto(), "no se guarda en la conversación");
      assertTrue(
          charla.texto().contains("El campo «Asunto» admite a lo más 4000 caracteres; tiene 4059."),
          charla.texto());
      charla.escribir("Remite el informe de octubre");
      assertEquals(Paso.RESUMEN, charla.paso());
    }

    @Test
    void sinSentidoSoloPreguntaElSentido() {
      Charla charla = new Charla().iniciar("Coahuila IEC/SE/1830/2020 hoy Remite el informe");
      assertEquals(Paso.SENTIDO, charla.paso());
      charla.tocar("Interno");
      assertEquals(Paso.RESUMEN, charla.paso());
      assertTrue(charla.lineas().contains("Asunto: Remite el informe"));
      assertTrue(charla.lineas().contains("Fecha: 04/11/2020"));
    }

    @Test
    void unNumeroRepetidoSeRechazaYSePideOtro() {
      Charla charla = new Charla().iniciar("IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo");
      assertTrue(
          charla.lineas().get(1).startsWith("El oficio IEC/SE/1766/2020 ya está registrado:"));
      assertEquals(Paso.ENTIDAD, charla.paso());
      charla.escribir("coahuila");
      assertEquals(Paso.NUMERO, charla.paso());
      charla.escribir("IEC/SE/1830/2020");
      assertEquals(Paso.RESUMEN, charla.paso());
    }

    @Test
    void loQueNoEmpiezaConUnNumeroSePreguntaPasoAPaso() {
      Charla charla = new Charla().iniciar("hola qué tal");
      assertTrue(charla.lineas().get(1).startsWith("No entendí «hola qué tal»"));
      assertEquals(Paso.ENTIDAD, charla.paso());
    }
  }

  @Nested
  class CorregirCancelarYVencer {

    private Charla enElResumen() {
      return new Charla().iniciar("Coahuila IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo");
    }

    @Test
    void corregirUnDatoVuelveAlResumen() {
      Charla charla = enElResumen().tocar("Corregir");
      assertEquals("¿Qué dato quieres corregir?", charla.texto());
      assertEquals(
          List.of(
              "Entidad",
              "Número",
              "Fecha",
              "Sentido",
              "Asunto",
              "Entregables",
              "En respuesta a",
              "Volver al resumen"),
          charla.botones());
      charla.tocar("Fecha").escribir("02/11/2020");
      assertEquals(Paso.RESUMEN, charla.paso());
      assertTrue(charla.lineas().contains("Fecha: 02/11/2020"));

      charla.tocar("Corregir").tocar("Entregables").tocar("E04").tocar("Listo");
      assertTrue(charla.lineas().contains("Entregables: E04 Acuerdo de integración del COTAPREP"));
    }

    @Test
    void cancelarTerminaSinGuardar() {
      Charla charla = enElResumen().tocar("Cancelar");
      assertTrue(charla.terminada());
      assertEquals("Registro cancelado; no se guardó nada.", charla.texto());
      assertEquals(Optional.empty(), charla.guardar);
      assertTrue(demo.oficio("IEC/SE/1830/2020").isEmpty());

      Charla otra = new Charla().iniciar("").escribir("Durango").escribir("cancelar");
      assertTrue(otra.terminada());
    }

    @Test
    void treintaMinutosDeSilencioLaTerminan() {
      Charla charla = new Charla().iniciar("").escribir("Durango");
      charla.esperar(Conversacion.INACTIVIDAD_MAXIMA).escribir("IEPC/SE/1/2020");
      assertEquals(Paso.FECHA, charla.paso(), "a los 30 minutos justos aún sigue");

      charla.esperar(Conversacion.INACTIVIDAD_MAXIMA.plusSeconds(1)).escribir("hoy");
      assertTrue(charla.terminada());
      assertEquals(
          "Pasaron más de 30 minutos sin respuesta y el registro del oficio se canceló; no se"
              + " guardó nada. Escribe /oficio para empezar de nuevo.",
          charla.texto());
    }

    @Test
    void unBotonTambienLlegaTardeTrasElSilencio() {
      Charla charla = enElResumen().esperar(Duration.ofHours(2)).tocar("Guardar");
      assertTrue(charla.terminada());
      assertEquals(Optional.empty(), charla.guardar);
    }
  }

  @Nested
  class TrasGuardar {

    @Test
    void siOtroRegistroElNumeroAntesSePideOtro() {
      Charla charla =
          new Charla().iniciar("Coahuila IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo");
      charla.tocar("Guardar");
      Oficio deOtro = demo.registrar(charla.guardar.orElseThrow(), new Autoria("web", Canal.WEB));
      charla.seguir(
          captura.yaRegistrado(
              charla.conversacion.orElseThrow(), OficioExistente.de(deOtro), INICIO));
      assertTrue(
          charla.lineas().get(0).startsWith("El oficio IEC/SE/1830/2020 ya está registrado:"));
      assertEquals(Paso.NUMERO, charla.paso());
    }

    @Test
    void unRechazoDelCasoDeUsoVuelveAlResumenConElMotivo() {
      Charla charla =
          new Charla().iniciar("Coahuila IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo");
      charla.tocar("Guardar");
      charla.seguir(
          captura.rechazado(
              charla.conversacion.orElseThrow(),
              List.of("El campo «Asunto» admite a lo más 4000 caracteres; tiene 4001."),
              INICIO));
      assertEquals(
          "No se guardó: El campo «Asunto» admite a lo más 4000 caracteres; tiene 4001. Toca"
              + " Corregir para cambiar el dato.",
          charla.lineas().get(0));
      assertEquals(Paso.RESUMEN, charla.paso());
    }
  }

  @Test
  void laConversacionSeGuardaComoTextosYSeRecuperaIgual() {
    Charla charla =
        new Charla().iniciar("Coahuila IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo");
    charla.tocar("Corregir").tocar("Entregables").tocar("E04").tocar("E16").tocar("Listo");
    Conversacion conversacion = charla.conversacion.orElseThrow();
    assertEquals(conversacion, Conversacion.desdeMapa(conversacion.comoMapa()));
    assertEquals("E04,E16", conversacion.comoMapa().get("entregables"));
    assertEquals("RESUMEN", conversacion.comoMapa().get("paso"));
  }
}
