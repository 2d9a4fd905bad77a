package mx.seguimientoprep.bot;

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
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.usuario.Rol;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * El despachador como lo usará el transporte: mensajes y botones de personas con y sin vínculo, en
 * privado y en grupos, sobre la demo y con la fecha de referencia configurada al 31/10/2021.
 */
class BotUpdateDispatcherTest {

  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
  private static final Instant AHORA = Instant.parse("2020-11-04T17:00:00Z");
  private static final long CONSEJERA = 11L;
  private static final long CAPTURISTA = 22L;
  private static final long DESCONOCIDO = 33L;
  private static final long OTRO_DESCONOCIDO = 34L;
  private static final long GRUPO = -100L;
  private static final Vinculo DE_CONSEJERA = new Vinculo(Rol.CONSEJERO, "Consejera Pérez");
  private static final Vinculo DE_CAPTURISTA = new Vinculo(Rol.STAFF, "Capturista López");

  private final DemoEnMemoria demo = DemoEnMemoria.cargar();
  private final ConversacionesEnMemoria conversaciones = new ConversacionesEnMemoria();
  private final InvitacionesEnMemoria invitaciones = new InvitacionesEnMemoria();
  private final SuscripcionesEnMemoria suscripciones = new SuscripcionesEnMemoria();
  private final NoEntendidosEnMemoria noEntendidos = new NoEntendidosEnMemoria();
  private final UpdateDispatcher bot =
      new BotUpdateDispatcher(
          new ConfiguracionBot(
              "SeguimientoPrepBot", MEXICO, Optional.of(LocalDate.of(2021, 10, 31))),
          demo.puertos(
              conversaciones,
              invitaciones,
              suscripciones,
              noEntendidos,
              new PreguntasRecientesEnMemoria()));

  private Instant ahora = AHORA;
  private List<Respuesta> ultimas = List.of();

  private List<Respuesta> escribe(long usuario, Optional<Vinculo> vinculo, String texto) {
    ultimas =
        bot.atender(
            MensajeEntrante.texto(
                usuario, usuario, "Nombre", TipoDeChat.PRIVADO, texto, vinculo, ahora));
    return ultimas;
  }

  private List<Respuesta> consejera(String texto) {
    return escribe(CONSEJERA, Optional.of(DE_CONSEJERA), texto);
  }

  private List<Respuesta> capturista(String texto) {
    return escribe(CAPTURISTA, Optional.of(DE_CAPTURISTA), texto);
  }

  private List<Respuesta> enGrupo(long usuario, Optional<Vinculo> vinculo, String texto) {
    ultimas =
        bot.atender(
            MensajeEntrante.texto(
                GRUPO, usuario, "Nombre", TipoDeChat.GRUPO, texto, vinculo, ahora));
    return ultimas;
  }

  /** Toca el botón con esa etiqueta en las últimas respuestas. */
  private List<Respuesta> toca(long usuario, Optional<Vinculo> vinculo, String etiqueta) {
    String datos =
        ultimas.stream()
            .flatMap(r -> r.botones().stream())
            .flatMap(List::stream)
            .filter(b -> b.etiqueta().equals(etiqueta))
            .map(Boton::datos)
            .findFirst()
            .orElseThrow(() -> new AssertionError("No hay botón «" + etiqueta + "»"));
    return pulsa(usuario, vinculo, datos);
  }

  private List<Respuesta> pulsa(long usuario, Optional<Vinculo> vinculo, String datos) {
    ultimas =
        bot.atender(
            MensajeEntrante.boton(
                usuario, usuario, "Nombre", TipoDeChat.PRIVADO, datos, vinculo, ahora));
    return ultimas;
  }

  private static String texto(List<Respuesta> respuestas) {
    return String.join("\n", respuestas.stream().map(Respuesta::texto).toList());
  }

  private static List<String> lineas(List<Respuesta> respuestas) {
    return Arrays.asList(texto(respuestas).split("\n"));
  }

  private static List<String> botones(List<Respuesta> respuestas) {
    return respuestas.stream()
        .flatMap(r -> r.botones().stream())
        .flatMap(List::stream)
        .map(Boton::etiqueta)
        .toList();
  }

  @Nested
  class Acceso {

    @Test
    void unDesconocidoRecibeUnaSolaNegativaSinDatos() {
      List<Respuesta> respuestas =
          escribe(DESCONOCIDO, Optional.empty(), "estado del PREP Durango");
      assertEquals(1, respuestas.size());
      assertEquals(
          "Hola. Solo atiendo a personas autorizadas. Para tener acceso, pide a un administrador"
              + " de Seguimiento PREP un código de invitación y envíamelo aquí así: /start"
              + " <código>",
          respuestas.get(0).texto());
      assertEquals(List.of(), respuestas.get(0).botones());

      assertEquals(respuestas, escribe(DESCONOCIDO, Optional.empty(), "/estado"));
      assertEquals(respuestas, escribe(DESCONOCIDO, Optional.empty(), "/vencimientos"));
      assertEquals(respuestas, escribe(DESCONOCIDO, Optional.empty(), "/start"));
      assertEquals(respuestas, escribe(DESCONOCIDO, Optional.empty(), "/oficio"));
      assertEquals(respuestas, pulsa(DESCONOCIDO, Optional.empty(), "estado:10"));
      assertEquals(respuestas, pulsa(DESCONOCIDO, Optional.empty(), "of:guardar"));
      assertEquals(
          respuestas, enGrupo(DESCONOCIDO, Optional.empty(), "@SeguimientoPrepBot estado durango"));
      assertEquals(List.of(), enGrupo(DESCONOCIDO, Optional.empty(), "estado durango"));
    }

    @Test
    void unCodigoDeInvitacionVinculaUnaSolaVez() {
      invitaciones.invitar("K7Q2-91XZ", DE_CONSEJERA, AHORA.plus(Duration.ofDays(2)));

      List<Respuesta> respuestas = escribe(DESCONOCIDO, Optional.empty(), "/start K7Q2-91XZ");
      assertEquals(
          "Listo, Consejera Pérez: quedaste vinculado con el rol consejero.",
          lineas(respuestas).get(0));
      assertTrue(texto(respuestas).contains("/estado durango"), "sigue la ayuda");
      assertEquals(Optional.of(DE_CONSEJERA), invitaciones.vinculoDe(DESCONOCIDO));

      assertEquals(
          "Ese código de invitación no sirve: puede que ya se haya usado o que haya vencido. Pide"
              + " uno nuevo a un administrador de Seguimiento PREP.",
          texto(escribe(44L, Optional.empty(), "/start K7Q2-91XZ")));
    }

    @Test
    void unCodigoVencidoNoSirve() {
      invitaciones.invitar("VIEJO", DE_CONSEJERA, AHORA.minusSeconds(1));
      assertTrue(
          texto(escribe(DESCONOCIDO, Optional.empty(), "/start VIEJO"))
              .startsWith("Ese código de invitación no sirve"));
    }

    @Test
    void elCodigoNoSeCanjeaEnUnGrupoYQuedaAnulado() {
      invitaciones.invitar("K7Q2-91XZ", DE_CONSEJERA, AHORA.plus(Duration.ofDays(2)));
      assertEquals(
          "Por seguridad, envíame el código de invitación en un chat privado, no en un grupo."
              + " Ese código quedó anulado, porque los demás miembros del grupo pudieron verlo:"
              + " pide uno nuevo a un administrador de Seguimiento PREP.",
          texto(enGrupo(DESCONOCIDO, Optional.empty(), "/start@SeguimientoPrepBot K7Q2-91XZ")));
      assertEquals(Optional.empty(), invitaciones.vinculoDe(DESCONOCIDO));
      assertTrue(
          texto(escribe(OTRO_DESCONOCIDO, Optional.empty(), "/start K7Q2-91XZ"))
              .startsWith("Ese código de invitación no sirve"),
          "otro miembro del grupo ya no puede canjearlo en privado");
      assertEquals(Optional.empty(), invitaciones.vinculoDe(OTRO_DESCONOCIDO));
    }

    @Test
    void unConsejeroNoRegistraOficios() {
      String negativa =
          "Registrar oficios es para el rol capturista; con el rol consejero puedes consultar."
              + " Escribe /ayuda para ver cómo.";
      assertEquals(negativa, texto(consejera("/oficio")));
      assertEquals(negativa, texto(consejera("registrar un oficio")));
      assertEquals(negativa, texto(pulsa(CONSEJERA, Optional.of(DE_CONSEJERA), "of:guardar")));
      assertFalse(conversaciones.hayConversacion(CONSEJERA));
    }

    @Test
    void startSinCodigoDeAlguienVinculadoLeRecuerdaSuRol() {
      assertEquals(
          "Hola, Consejera Pérez. Estás vinculado con el rol consejero.",
          lineas(consejera("/start")).get(0));
    }
  }

  @Nested
  class Preguntas {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "estado del PREP Durango | PREP Durango · IEPC Durango",
          "/estado durango | PREP Durango · IEPC Durango",
          "¿Cómo va el PREP de Durango? | PREP Durango · IEPC Durango",
          "estado IEPC Durango | PREP Durango · IEPC Durango",
          "DURANGO | PREP Durango · IEPC Durango",
          "estado dgo | PREP Durango · IEPC Durango",
          "10 | PREP Durango · IEPC Durango",
          "¿cómo va coahuila? | PREP Coahuila · IEC",
          "/estado IEC | PREP Coahuila · IEC",
          "estado 5 | PREP Coahuila · IEC",
          "Aguascalientes | PREP Aguascalientes · IEE",
          "/estado ags | PREP Aguascalientes · IEE"
        })
    void laTarjetaDeCadaEntidadDeLaDemo(String pregunta, String primeraLinea) {
      List<Respuesta> respuestas = consejera(pregunta);
      assertEquals(1, respuestas.size(), pregunta);
      assertEquals(primeraLinea, lineas(respuestas).get(0), pregunta);
      assertEquals("Datos al 31/10/2021", lineas(respuestas).get(8), pregunta);
    }

    @Test
    void laTarjetaDeDurangoAlaFechaDeReferencia() {
      List<String> lineas = lineas(consejera("¿Cómo va el PREP de Durango?"));
      assertEquals(
          "Proceso Electoral Local Ordinario 2021-2022 · jornada 05/06/2022 (faltan 217 días)",
          lineas.get(1));
      assertEquals("Último oficio: IEPC/SE/2119/2021 (27/10/2021) enviado al INE", lineas.get(7));
    }

    @Test
    void sinReferenciaConfiguradaEsHoyEnMexico() {
      UpdateDispatcher hoy =
          new BotUpdateDispatcher(
              new ConfiguracionBot("SeguimientoPrepBot", MEXICO, Optional.empty()),
              demo.puertos(
                  conversaciones,
                  invitaciones,
                  suscripciones,
                  noEntendidos,
                  new PreguntasRecientesEnMemoria()));
      Instant noche = Instant.parse("2021-11-01T05:30:00Z"); // 31/10/2021 23:30 en México
      List<Respuesta> respuestas =
          hoy.atender(
              MensajeEntrante.texto(
                  1L, 1L, null, TipoDeChat.PRIVADO, "durango", Optional.of(DE_CONSEJERA), noche));
      assertEquals("Datos al 31/10/2021", lineas(respuestas).get(8));
    }

    @Test
    void sinEntidadOfreceLasQueTienenProcesoYElBotonDaLaTarjeta() {
      List<Respuesta> respuestas = consejera("¿Cómo va el PREP?");
      assertEquals("¿De qué entidad? Tócala o escribe su nombre.", texto(respuestas));
      assertEquals(List.of("INE", "Aguascalientes", "Coahuila", "Durango"), botones(respuestas));

      assertEquals(
          "PREP Durango · IEPC Durango",
          lineas(toca(CONSEJERA, Optional.of(DE_CONSEJERA), "Durango")).get(0));
    }

    @Test
    void unaErrataPreguntaQuisisteDecir() {
      List<Respuesta> respuestas = consejera("Durnago");
      assertEquals("¿Quisiste decir Durango?", texto(respuestas));
      assertEquals(List.of("Durango"), botones(respuestas));
      assertEquals(
          "PREP Durango · IEPC Durango",
          lineas(toca(CONSEJERA, Optional.of(DE_CONSEJERA), "Durango")).get(0));
    }

    @Test
    void unaSiglaCompartidaPreguntaCual() {
      List<Respuesta> respuestas = consejera("/oficios IEE");
      assertEquals("Hay varias entidades con ese nombre. ¿Cuál?", texto(respuestas));
      assertEquals(
          List.of("Aguascalientes", "Colima", "Chihuahua", "Puebla", "Sonora"),
          botones(respuestas));
      assertEquals(
          "Oficios de Aguascalientes (IEE) · Proceso Electoral Concurrente Ordinario 2023-2024",
          lineas(toca(CONSEJERA, Optional.of(DE_CONSEJERA), "Aguascalientes")).get(0));
    }

    @Test
    void unaEntidadSinProcesos() {
      List<Respuesta> respuestas = consejera("estado Zacatecas");
      assertEquals(
          "Zacatecas (IEEZ) no tiene procesos registrados. Estas entidades sí:", texto(respuestas));
      assertEquals(4, botones(respuestas).size());
    }

    @Test
    void lasListas() {
      assertEquals(
          "Oficios de Durango (IEPC Durango) · Proceso Electoral Local Ordinario 2021-2022",
          lineas(consejera("/oficios durango")).get(0));
      assertEquals(
          "4 oficios al 31/10/2021, del más reciente al más antiguo:", lineas(ultimas).get(1));
      assertEquals("Por vencer (29):", lineas(consejera("/pendientes dgo")).get(2));
      assertEquals("1 acuerdo al 31/10/2021:", lineas(consejera("/acuerdos durango")).get(1));
      assertEquals(
          "Celebradas hasta el 31/10/2021 (2):", lineas(consejera("/sesiones durango")).get(1));
      assertEquals(
          "2 entregables vencen del 31/10/2021 al 30/11/2021:",
          lineas(consejera("/vencimientos")).get(0));
    }

    @Test
    void laTarjetaEsUnMensajeConBotonesParaSeguirPreguntando() {
      List<Respuesta> respuestas = consejera("durango");
      assertEquals(1, respuestas.size());
      assertEquals(List.of("Oficios", "Pendientes", "Acuerdos", "Sesiones"), botones(respuestas));
      assertEquals("pendientes:10", respuestas.get(0).botones().get(0).get(1).datos());
    }

    @Test
    void losBotonesDeLaTarjetaLlevanALasListas() {
      consejera("durango");
      assertEquals(
          "Sesiones de Durango (IEPC Durango) · Proceso Electoral Local Ordinario 2021-2022",
          lineas(toca(CONSEJERA, Optional.of(DE_CONSEJERA), "Sesiones")).get(0));
    }

    @Test
    void unComandoDesconocido() {
      assertEquals(
          "No conozco «/borrar». Escribe /ayuda para ver lo que entiendo.",
          texto(consejera("/borrar durango")));
    }

    @Test
    void enUnGrupoSoloComandosYMenciones() {
      Optional<Vinculo> vinculo = Optional.of(DE_CONSEJERA);
      assertEquals(List.of(), enGrupo(CONSEJERA, vinculo, "¿Cómo va el PREP de Durango?"));
      assertEquals(List.of(), enGrupo(CONSEJERA, vinculo, "/estado@OtroBot durango"));
      assertEquals(
          "PREP Durango · IEPC Durango",
          lineas(enGrupo(CONSEJERA, vinculo, "@SeguimientoPrepBot ¿cómo va Durango?")).get(0));
      assertEquals(
          "PREP Durango · IEPC Durango",
          lineas(enGrupo(CONSEJERA, vinculo, "/estado@SeguimientoPrepBot durango")).get(0));
      assertEquals(
          "Para registrar un oficio, escríbeme en un chat privado.",
          texto(enGrupo(CAPTURISTA, Optional.of(DE_CAPTURISTA), "/oficio")));
    }
  }

  @Nested
  class RegistroDeOficios {

    private final Optional<Vinculo> vinculo = Optional.of(DE_CAPTURISTA);

    @Test
    void laFormaDeUnaLineaHastaGuardarConAutoriaDelBot() {
      capturista("/oficio IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020");
      assertEquals(List.of("Coahuila"), botones(ultimas));
      toca(CAPTURISTA, vinculo, "Coahuila");
      assertEquals("Revisa el oficio; todavía no se ha guardado:", lineas(ultimas).get(0));
      assertTrue(demo.oficio("IEC/SE/1830/2020").isEmpty(), "nada se guarda antes de Guardar");

      toca(CAPTURISTA, vinculo, "Guardar");
      assertEquals(
          "Guardado: el oficio IEC/SE/1830/2020 (Coahuila, 03/11/2020) quedó registrado en el"
              + " Proceso Electoral Local Ordinario 2021. Para registrar otro: /oficio",
          texto(ultimas));
      Oficio oficio = demo.oficio("IEC/SE/1830/2020").orElseThrow();
      assertEquals("Remite acuerdo IEC/CG/145/2020", oficio.getAsunto());
      assertEquals(
          List.of(new Autoria("Capturista López · Telegram 22", Canal.BOT)), demo.autorias());
      assertFalse(conversaciones.hayConversacion(CAPTURISTA));

      assertTrue(texto(capturista("/oficios coahuila")).contains("IEC/SE/1830/2020"));
      assertEquals(
          "Ese registro ya terminó. Escribe /oficio para empezar otro.",
          texto(pulsa(CAPTURISTA, vinculo, "of:guardar")),
          "un segundo toque de Guardar no registra dos veces");
      assertEquals(1, demo.autorias().size());
    }

    @Test
    void laConversacionGuiadaCompletaConTextoYBotones() {
      capturista("/oficio");
      assertTrue(texto(ultimas).contains("1/7 · Entidad"));
      capturista("durango");
      assertTrue(
          texto(ultimas).startsWith("2/7 · Número"), "el texto es la respuesta, no una pregunta");
      capturista("IEPC/SE/2200/2020");
      capturista("31/02/2021");
      assertEquals(
          "31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
          lineas(ultimas).get(0));
      toca(CAPTURISTA, vinculo, "Hoy");
      toca(CAPTURISTA, vinculo, "Recibido del INE");
      capturista("Emite observaciones al informe");
      toca(CAPTURISTA, vinculo, "E03");
      toca(CAPTURISTA, vinculo, "Listo");
      toca(CAPTURISTA, vinculo, "Omitir");
      assertTrue(lineas(ultimas).contains("Fecha: 04/11/2020"));
      assertTrue(lineas(ultimas).contains("Sentido: Recibido del INE"));
      toca(CAPTURISTA, vinculo, "Guardar");
      assertTrue(texto(ultimas).startsWith("Guardado: el oficio IEPC/SE/2200/2020 (Durango,"));
      assertEquals(List.of("E03"), demo.oficio("IEPC/SE/2200/2020").orElseThrow().getEntregables());
    }

    @Test
    void unComandoEnMedioSeAtiendeSinPerderElRegistro() {
      capturista("/oficio");
      capturista("durango");
      List<Respuesta> respuestas = capturista("/estado durango");
      assertEquals("PREP Durango · IEPC Durango", lineas(respuestas).get(0));
      assertEquals(
          "Sigues registrando un oficio: contesta su última pregunta o escribe /cancelar.",
          respuestas.get(respuestas.size() - 1).texto());
      capturista("IEPC/SE/2200/2020");
      assertTrue(texto(ultimas).startsWith("3/7 · Fecha"));
    }

    @Test
    void cancelar() {
      capturista("/oficio");
      capturista("durango");
      assertEquals("Registro cancelado; no se guardó nada.", texto(capturista("/cancelar")));
      assertFalse(conversaciones.hayConversacion(CAPTURISTA));
      assertEquals("No hay ningún registro en curso que cancelar.", texto(capturista("/cancelar")));
      assertEquals("PREP Durango · IEPC Durango", lineas(capturista("durango")).get(0));
      assertEquals("No hay ningún registro en curso que cancelar.", texto(consejera("/cancelar")));
    }

    @Test
    void treintaMinutosDeSilencio() {
      capturista("/oficio");
      capturista("durango");
      ahora = ahora.plus(Duration.ofMinutes(31));
      List<Respuesta> respuestas = capturista("IEPC/SE/2200/2020");
      assertEquals(
          List.of(
              "Pasaron más de 30 minutos sin respuesta y el registro del oficio se canceló; no se"
                  + " guardó nada. Escribe /oficio para empezar de nuevo."),
          respuestas.stream().map(Respuesta::texto).toList(),
          "el número no se toma como pregunta");
      assertFalse(conversaciones.hayConversacion(CAPTURISTA));
    }

    @Test
    void trasElSilencioUnComandoSeAtiendeConElAviso() {
      capturista("/oficio");
      ahora = ahora.plus(Duration.ofHours(3));
      List<Respuesta> respuestas = capturista("/estado durango");
      assertTrue(respuestas.get(0).texto().startsWith("Pasaron más de 30 minutos"));
      assertEquals("PREP Durango · IEPC Durango", lineas(respuestas.subList(1, 2)).get(0));
      assertEquals(2, respuestas.size());
    }

    @Test
    void unNumeroRegistradoMientrasTantoSeRechazaAlGuardar() {
      capturista("/oficio Coahuila IEC/SE/1830/2020 03/11/2020 enviado Remite acuerdo");
      demo.registrar(
          new ComandoOficio(
              demo.entidad("Coahuila").getClave(),
              "2021",
              new NumeroOficio("IEC/SE/1830/2020"),
              LocalDate.of(2020, 11, 3),
              Sentido.ENVIADO_AL_INE,
              null,
              null,
              "Capturado en la web",
              List.of(),
              null,
              null,
              null,
              null),
          new Autoria("admin", Canal.WEB));
      toca(CAPTURISTA, vinculo, "Guardar");
      assertEquals(
          "El oficio IEC/SE/1830/2020 ya está registrado: Coahuila, 03/11/2020, «Capturado en la"
              + " web». No se guardó nada; escribe otro número o /cancelar.",
          lineas(ultimas).get(0));
      assertTrue(texto(ultimas).contains("2/7 · Número"));
      assertTrue(conversaciones.hayConversacion(CAPTURISTA));
      capturista("IEC/SE/1831/2020");
      toca(CAPTURISTA, vinculo, "Guardar");
      assertTrue(texto(ultimas).startsWith("Guardado: el oficio IEC/SE/1831/2020"));
    }
  }

  @Nested
  class Suscripciones {

    private final ClaveEntidad durango = new ClaveEntidad("10");

    @Test
    void unaConsejeraSeSuscribeLasListaYLaCancelaConElBoton() {
      assertEquals(
          "Listo: te avisaré de Durango en este chat: el resumen de cada semana, antes de cada"
              + " vencimiento de un entregable que no se ha enviado, y cuando el INE conteste con"
              + " observaciones.",
          texto(consejera("/suscribir durango")));
      assertEquals(List.of("Cancelar la suscripción"), botones(ultimas));
      assertEquals(List.of(durango), suscripciones.de(CONSEJERA, CONSEJERA));
      assertEquals("Ya te aviso de Durango en este chat.", texto(consejera("/suscribir dgo.")));

      consejera("/suscribir coahuila");
      assertEquals(
          "Te aviso de 2 entidades en este chat:\n• Coahuila\n• Durango",
          texto(consejera("/suscripciones")));
      toca(CONSEJERA, Optional.of(DE_CONSEJERA), "Cancelar Durango");
      assertEquals("Listo: ya no te aviso de Durango en este chat.", texto(ultimas));
      assertEquals(List.of(new ClaveEntidad("05")), suscripciones.de(CONSEJERA, CONSEJERA));
      assertEquals(
          "No tenías suscripción a Durango en este chat.",
          texto(consejera("/cancelar_suscripcion durango")));
    }

    @Test
    void tambienEnFrasesLibres() {
      assertTrue(texto(consejera("avísame de Durango")).startsWith("Listo: te avisaré de Durango"));
      assertTrue(texto(consejera("mis suscripciones")).contains("• Durango"));
      assertEquals(
          "Listo: ya no te aviso de Durango en este chat.",
          texto(consejera("ya no me avises de durango")));
      assertTrue(texto(consejera("/suscripciones")).startsWith("No tienes suscripciones"));
    }

    @Test
    void unCapturistaTambienYEnUnGrupoLosAvisosVanAlGrupo() {
      capturista("/suscribir aguascalientes");
      assertEquals(List.of(new ClaveEntidad("01")), suscripciones.de(CAPTURISTA, CAPTURISTA));
      assertTrue(
          texto(
                  enGrupo(
                      CONSEJERA,
                      Optional.of(DE_CONSEJERA),
                      "/suscribir@SeguimientoPrepBot durango"))
              .startsWith("Listo: te avisaré de Durango en este grupo"));
      assertEquals(List.of(durango), suscripciones.de(CONSEJERA, GRUPO));
    }

    @Test
    void sinEntidadPreguntaCualYUnDesconocidoNoSeSuscribe() {
      assertEquals(
          "¿De qué entidad? Tócala o escribe su nombre.", lineas(consejera("/suscribir")).get(0));
      assertTrue(botones(ultimas).contains("Durango"));
      toca(CONSEJERA, Optional.of(DE_CONSEJERA), "Durango");
      assertEquals(List.of(durango), suscripciones.de(CONSEJERA, CONSEJERA));

      escribe(DESCONOCIDO, Optional.empty(), "/suscribir durango");
      assertEquals(List.of(), suscripciones.de(DESCONOCIDO, DESCONOCIDO));
    }
  }

  @Test
  void ningunMensajeExcedeElLimite() {
    capturista("/oficio");
    capturista("durango");
    capturista("IEPC/SE/2200/2020");
    capturista("hoy");
    capturista("interno");
    capturista("x".repeat(4000));
    for (Respuesta respuesta : ultimas) {
      assertTrue(respuesta.texto().length() <= Respuesta.LIMITE);
    }
    toca(CAPTURISTA, Optional.of(DE_CAPTURISTA), "Omitir");
    toca(CAPTURISTA, Optional.of(DE_CAPTURISTA), "Omitir");
    assertTrue(ultimas.size() > 1, "el resumen con un asunto de 4000 caracteres va en partes");
    for (Respuesta respuesta : ultimas) {
      assertTrue(respuesta.texto().length() <= Respuesta.LIMITE);
    }
    assertEquals(
        List.of("Guardar", "Corregir", "Cancelar"),
        botones(ultimas.subList(ultimas.size() - 1, ultimas.size())));
  }
}
