package mx.seguimientoprep.bot;

import static mx.seguimientoprep.bot.comando.Frase.Precedencia.ASPECTO;
import static mx.seguimientoprep.bot.comando.Frase.Precedencia.ENTRE_ENTIDADES;
import static mx.seguimientoprep.bot.comando.Frase.Precedencia.FILTRO;
import static mx.seguimientoprep.bot.comando.Frase.Precedencia.GENERAL;
import static mx.seguimientoprep.bot.comando.Frase.Precedencia.ORDEN;
import static mx.seguimientoprep.bot.comando.Frase.Precedencia.SALUDO;
import static mx.seguimientoprep.bot.comando.Frase.Precedencia.TEMA;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.Comandos;
import mx.seguimientoprep.bot.comando.Frase;
import mx.seguimientoprep.bot.comando.Localidad;
import mx.seguimientoprep.bot.comando.Seccion;
import mx.seguimientoprep.bot.comprension.MesPedido;
import mx.seguimientoprep.bot.comprension.Vocabulario;
import mx.seguimientoprep.bot.respuesta.AspectoDeEntidad;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.FichaDeDocumento;
import mx.seguimientoprep.bot.respuesta.ListaDeAcuerdos;
import mx.seguimientoprep.bot.respuesta.ListaDeOficios;
import mx.seguimientoprep.bot.respuesta.ListaDePendientes;
import mx.seguimientoprep.bot.respuesta.ListaDeSesiones;
import mx.seguimientoprep.bot.respuesta.ListaDeVencimientos;
import mx.seguimientoprep.bot.respuesta.ListaEntreEntidades;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.bot.respuesta.TarjetaDeEstado;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.fecha.Meses;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * Los comandos del bot: de cada uno, su descriptor y su manejador. El orden de {@link #TODOS} es el
 * de /ayuda y el del menú de Telegram; el paquete {@link mx.seguimientoprep.bot.comando} dice cómo
 * agregar otro.
 */
public final class ComandosDelBot {

  // Las palabras de las frases libres y los ejemplos: en el vocabulario del bot.

  private static final Vocabulario V = Vocabulario.DEL_BOT;

  private static final Set<String> PALABRAS_DE_OFICIO = V.palabras("oficio");
  private static final Set<String> PALABRAS_DE_REGISTRO = V.palabras("registro");
  private static final Set<String> PALABRAS_DE_ACUERDO = V.palabras("acuerdo");
  private static final Set<String> PALABRAS_DE_SESION = V.palabras("sesion");
  private static final Set<String> PALABRAS_DE_PENDIENTE = V.palabras("pendiente");
  private static final Set<String> PALABRAS_DE_VENCIMIENTO = V.palabras("vencimiento");
  private static final Set<String> PALABRAS_DE_AYUDA = V.palabras("ayuda");
  private static final Set<String> PALABRAS_DE_SALUDO = V.palabras("saludo");
  private static final Set<String> PALABRAS_DE_CANCELAR = V.palabras("cancelar");
  private static final Set<String> PALABRAS_DE_INFORME = V.palabras("informe");
  private static final Set<String> PALABRAS_DE_SUSCRIBIR =
      Set.of(
          "suscribir",
          "suscribirme",
          "suscribeme",
          "suscribete",
          "avisame",
          "avisanos",
          "notificame",
          "seguir");
  private static final Set<String> PALABRAS_DE_SUSCRIPCION =
      Set.of("suscripcion", "suscripciones", "avisos", "avises", "avisen");
  private static final Set<String> PALABRAS_DE_DEJAR =
      Set.of(
          "cancelar", "cancela", "cancelame", "quitar", "quita", "quitame", "no", "dejar", "deja");

  /** A quien no registra oficios (y así nunca tiene uno en curso) o no tiene uno en curso. */
  private static final String SIN_REGISTRO = "No hay ningún registro en curso que cancelar.";

  // Las consultas.

  public static final Comando<Contexto> ESTADO =
      Comando.<Contexto>llamado("estado")
          .ayuda("/estado durango", "la tarjeta de estado del proceso actual")
          .porEntidad()
          .frases(Frase.con(GENERAL, V.palabras("estado")), Frase.cualquierOtra().conEntidad())
          .ejemplos(V.ejemplos("estado"))
          .atiende(ComandosDelBot::estado);

  public static final Comando<Contexto> OFICIOS =
      Comando.<Contexto>llamado("oficios")
          .ayuda("/oficios durango", "los 10 oficios más recientes")
          .porEntidad()
          .frases(Frase.con(TEMA, PALABRAS_DE_OFICIO))
          .ejemplos(V.ejemplos("oficios"))
          .atiende(ComandosDelBot::oficios);

  public static final Comando<Contexto> PENDIENTES =
      Comando.<Contexto>llamado("pendientes")
          .ayuda("/pendientes durango", "entregables pendientes y vencidos, con su fecha límite")
          .porEntidad()
          .frases(
              Frase.con(FILTRO, PALABRAS_DE_PENDIENTE),
              Frase.con(FILTRO, PALABRAS_DE_VENCIMIENTO).conEntidad())
          .ejemplos(V.ejemplos("pendientes"))
          .atiende(ComandosDelBot::pendientes);

  public static final Comando<Contexto> ACUERDOS =
      Comando.<Contexto>llamado("acuerdos")
          .ayuda("/acuerdos coahuila", "los acuerdos del proceso actual")
          .porEntidad()
          .frases(Frase.con(TEMA, PALABRAS_DE_ACUERDO))
          .ejemplos(V.ejemplos("acuerdos"))
          .atiende(ComandosDelBot::acuerdos);

  public static final Comando<Contexto> SESIONES =
      Comando.<Contexto>llamado("sesiones")
          .ayuda("/sesiones aguascalientes", "sesiones y reuniones, con fechas")
          .porEntidad()
          .frases(Frase.con(TEMA, PALABRAS_DE_SESION))
          .ejemplos(V.ejemplos("sesiones"))
          .atiende(ComandosDelBot::sesiones);

  public static final Comando<Contexto> VENCIMIENTOS =
      Comando.<Contexto>llamado("vencimientos")
          .ayuda("/vencimientos", "lo que vence en los próximos 30 días, en todas las entidades")
          .frases(Frase.con(FILTRO, PALABRAS_DE_VENCIMIENTO).sinEntidad())
          .ejemplos(V.ejemplos("vencimientos"))
          .atiende(ComandosDelBot::vencimientos);

  public static final Comando<Contexto> INFORME =
      Comando.<Contexto>llamado("informe")
          .ayuda("/informe durango octubre 2021", "el informe del mes en Word (también 2021-10)")
          .ayuda("/informe coahuila", "el del mes anterior")
          .porEntidad()
          .frases(Frase.con(TEMA, PALABRAS_DE_INFORME))
          .ejemplos(V.ejemplos("informe"))
          .fechaPropia()
          .atiende(ComandosDelBot::informe);

  // Un documento o un aspecto de una entidad.

  public static final Comando<Contexto> DOCUMENTO =
      Comando.<Contexto>llamado("documento")
          .ayuda(
              "/documento INE/UNICOM/3320/2020",
              "un oficio o un acuerdo por su número, con su conversación")
          .porDocumento()
          .ejemplos(V.ejemplos("documento"))
          .atiende(ComandosDelBot::documento);

  public static final Comando<Contexto> COTAPREP =
      Comando.<Contexto>llamado("cotaprep")
          .ayuda("/cotaprep ags", "quiénes integran el COTAPREP, con su institución")
          .porEntidad()
          .frases(Frase.con(ASPECTO, V.palabras("cotaprep"), V.palabras("integrantes")))
          .ejemplos(V.ejemplos("cotaprep"))
          .atiende(ComandosDelBot::cotaprep);

  public static final Comando<Contexto> JORNADA =
      Comando.<Contexto>llamado("jornada")
          .ayuda("/jornada coahuila", "la fecha de la jornada electoral y los días que faltan")
          .porEntidad()
          .frases(Frase.con(ASPECTO, V.palabras("jornada")))
          .ejemplos(V.ejemplos("jornada"))
          .atiende(ComandosDelBot::jornada);

  public static final Comando<Contexto> ENTREGABLE =
      Comando.<Contexto>llamado("entregable")
          .ayuda(
              "/entregable ags PTO",
              "un entregable por su código o su nombre: estado, fecha límite y oficios")
          .porEntregable()
          .ejemplos(V.ejemplos("entregable"))
          .atiende(ComandosDelBot::entregable);

  public static final Comando<Contexto> OBSERVACIONES =
      Comando.<Contexto>llamado("observaciones")
          .ayuda("/observaciones coahuila", "las observaciones del INE, atendidas o no")
          .porEntidad()
          .frases(Frase.con(ASPECTO, V.palabras("observacion")))
          .ejemplos(V.ejemplos("observaciones"))
          .atiende(ComandosDelBot::observaciones);

  public static final Comando<Contexto> ULTIMO_OFICIO =
      Comando.<Contexto>llamado("ultimo_oficio")
          .ayuda("/ultimo_oficio durango", "el oficio más reciente")
          .porEntidad()
          .frases(Frase.con(ASPECTO, V.palabras("ultimo"), PALABRAS_DE_OFICIO))
          .ejemplos(V.ejemplos("ultimo_oficio"))
          .atiende(ComandosDelBot::ultimoOficio);

  public static final Comando<Contexto> PROXIMA_SESION =
      Comando.<Contexto>llamado("proxima_sesion")
          .ayuda("/proxima_sesion ags", "la próxima sesión o reunión programada")
          .porEntidad()
          .frases(Frase.con(ASPECTO, V.palabras("proxima"), V.palabras("reunion")))
          .ejemplos(V.ejemplos("proxima_sesion"))
          .atiende(ComandosDelBot::proximaSesion);

  // De todas las entidades.

  public static final Comando<Contexto> VENCIDOS =
      Comando.<Contexto>llamado("vencidos")
          .ayuda("/vencidos", "las entidades con entregables vencidos, la más atrasada primero")
          .en(Seccion.TODAS)
          .frases(
              Frase.con(ENTRE_ENTIDADES, V.palabras("todas"), V.palabras("retraso")).sinEntidad())
          .ejemplos(V.ejemplos("vencidos"))
          .atiende(c -> entreEntidades(c, ListaEntreEntidades::vencidos));

  public static final Comando<Contexto> OBSERVADOS =
      Comando.<Contexto>llamado("observados")
          .ayuda("/observados", "las entidades con observaciones del INE sin atender")
          .en(Seccion.TODAS)
          .frases(
              Frase.con(ENTRE_ENTIDADES, V.palabras("todas"), V.palabras("observacion"))
                  .sinEntidad())
          .ejemplos(V.ejemplos("observados"))
          .atiende(c -> entreEntidades(c, ListaEntreEntidades::observados));

  public static final Comando<Contexto> SIN_COTAPREP =
      Comando.<Contexto>llamado("sin_cotaprep")
          .ayuda("/sin_cotaprep", "las entidades con su COTAPREP sin integrar")
          .en(Seccion.TODAS)
          .frases(
              Frase.con(ENTRE_ENTIDADES, V.palabras("cotaprep"), V.palabras("sinintegrar"))
                  .sinEntidad())
          .ejemplos(V.ejemplos("sin_cotaprep"))
          .atiende(c -> entreEntidades(c, ListaEntreEntidades::sinCotaprep));

  public static final Comando<Contexto> JORNADAS =
      Comando.<Contexto>llamado("jornadas")
          .ayuda("/jornadas", "las próximas jornadas electorales, la más cercana primero")
          .en(Seccion.TODAS)
          .frases(
              Frase.con(ENTRE_ENTIDADES, V.palabras("jornada"), V.palabras("proximas"))
                  .sinEntidad())
          .ejemplos(V.ejemplos("jornadas"))
          .atiende(c -> entreEntidades(c, ListaEntreEntidades::jornadas));

  public static final Comando<Contexto> RESUMEN =
      Comando.<Contexto>llamado("resumen")
          .ayuda("/resumen", "un renglón por entidad: semáforo, vencidos, jornada")
          .en(Seccion.TODAS)
          .frases(
              Frase.con(ENTRE_ENTIDADES, V.palabras("resumen")).sinEntidad(),
              Frase.con(ENTRE_ENTIDADES, V.palabras("todos"), V.palabras("entidades")).sinEntidad())
          .ejemplos(V.ejemplos("resumen"))
          .atiende(c -> entreEntidades(c, ListaEntreEntidades::resumen));

  // El registro de oficios.

  public static final Comando<Contexto> OFICIO =
      Comando.<Contexto>llamado("oficio")
          .ayuda("/oficio", "te pregunto los datos uno por uno")
          .ayuda(
              "/oficio IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020",
              "en una línea: número, fecha, sentido y asunto; solo pregunto lo que falte")
          .en(Seccion.REGISTRO)
          .menu("Registrar un oficio: te pregunto los datos uno por uno")
          .soloPara("Registrar oficios", Rol.STAFF)
          .soloEn(Localidad.PRIVADO, "registrar un oficio")
          .frases(Frase.con(ORDEN, PALABRAS_DE_OFICIO, PALABRAS_DE_REGISTRO))
          .manejaLaConversacion()
          .atiende(ComandosDelBot::registrarOficio);

  public static final Comando<Contexto> CANCELAR =
      Comando.<Contexto>llamado("cancelar", "cancel")
          .ayuda("/cancelar", "termina el registro sin guardar nada")
          .en(Seccion.REGISTRO)
          .soloPara("Registrar oficios", Rol.STAFF)
          .sinPermiso(SIN_REGISTRO)
          .frases(Frase.corta(ORDEN, 2, PALABRAS_DE_CANCELAR))
          .manejaLaConversacion()
          .atiende(ComandosDelBot::cancelar);

  // Los avisos.

  public static final Comando<Contexto> SUSCRIBIR =
      Comando.<Contexto>llamado("suscribir")
          .ayuda(
              "/suscribir durango",
              "te aviso en este chat: el resumen de cada semana, antes de cada vencimiento y"
                  + " cuando el INE conteste con observaciones")
          .en(Seccion.AVISOS)
          .menu("Avisos de una entidad: vencimientos, resumen semanal, observaciones del INE")
          .porEntidad()
          .frases(Frase.con(ORDEN, PALABRAS_DE_SUSCRIBIR))
          .atiende(ComandosDelBot::suscribir);

  public static final Comando<Contexto> SUSCRIPCIONES =
      Comando.<Contexto>llamado("suscripciones")
          .ayuda("/suscripciones", "las entidades de las que te aviso en este chat")
          .en(Seccion.AVISOS)
          .frases(Frase.con(TEMA, PALABRAS_DE_SUSCRIPCION).sinEntidad())
          .atiende(ComandosDelBot::suscripciones);

  public static final Comando<Contexto> CANCELAR_SUSCRIPCION =
      Comando.<Contexto>llamado("cancelar_suscripcion")
          .ayuda("/cancelar_suscripcion durango", "dejo de avisarte de esa entidad en este chat")
          .en(Seccion.AVISOS)
          .porEntidad()
          .frases(Frase.con(ORDEN, PALABRAS_DE_DEJAR, PALABRAS_DE_SUSCRIPCION).conEntidad())
          .atiende(ComandosDelBot::cancelarSuscripcion);

  // La ayuda y el saludo.

  public static final Comando<Contexto> AYUDA =
      Comando.<Contexto>llamado("ayuda", "help")
          .ayuda("/ayuda", "este mensaje")
          .menu("Lo que entiendo, con ejemplos")
          .frases(
              Frase.con(ORDEN, PALABRAS_DE_AYUDA),
              Frase.con(SALUDO, PALABRAS_DE_SALUDO).sinEntidad())
          .atiende(c -> List.of(c.ayuda(c.vinculo().orElseThrow())));

  /**
   * `/start <código>` canjea una invitación, lo único que se atiende sin vínculo; `/start` solo
   * saluda a quien ya está vinculado. No se anuncia: Telegram ya ofrece «Iniciar» al abrir el chat.
   */
  public static final Comando<Contexto> START =
      Comando.<Contexto>llamado("start").publico().atiende(ComandosDelBot::start);

  // Los modales de una conversación: no se anuncian en el menú; /ayuda los menciona.

  public static final Comando<Contexto> GRACIAS =
      Comando.<Contexto>llamado("gracias")
          .frases(Frase.corta(SALUDO, 4, V.palabras("gracias")))
          .atiende(
              c ->
                  List.of(
                      Respuesta.de("¡De nada! Pregúntame cuando quieras; /ayuda tiene ejemplos.")));

  /** «otra vez»: la pregunta anterior, que el despachador recuerda 30 minutos. */
  public static final Comando<Contexto> OTRA_VEZ =
      Comando.<Contexto>llamado("otra_vez")
          .frases(
              Frase.con(ORDEN, V.palabras("otra"), V.palabras("vez")),
              Frase.corta(ORDEN, 3, V.palabras("repetir")))
          .atiende(
              c ->
                  List.of(
                      Respuesta.de(
                          "No tengo una pregunta anterior que repetir: pregúntame de nuevo, por"
                              + " ejemplo «¿Cómo va el PREP de Durango?».")));

  public static final Comando<Contexto> NO_ENTENDI =
      Comando.<Contexto>llamado("no_entendi")
          .frases(Frase.con(ORDEN, V.palabras("no"), V.palabras("entendi")))
          .atiende(ComandosDelBot::noEntendi);

  /** Los comandos del bot, en el orden de /ayuda y del menú. */
  public static final Comandos<Contexto> TODOS =
      new Comandos<>(
          List.of(
              ESTADO,
              OFICIOS,
              PENDIENTES,
              ACUERDOS,
              SESIONES,
              VENCIMIENTOS,
              INFORME,
              DOCUMENTO,
              COTAPREP,
              JORNADA,
              ENTREGABLE,
              OBSERVACIONES,
              ULTIMO_OFICIO,
              PROXIMA_SESION,
              VENCIDOS,
              OBSERVADOS,
              SIN_COTAPREP,
              JORNADAS,
              RESUMEN,
              OFICIO,
              CANCELAR,
              SUSCRIBIR,
              SUSCRIPCIONES,
              CANCELAR_SUSCRIPCION,
              AYUDA,
              START,
              GRACIAS,
              OTRA_VEZ,
              NO_ENTENDI));

  private ComandosDelBot() {}

  // Los manejadores.

  private static List<Respuesta> estado(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .estadoActual(e.getClave(), c.referencia())
                .map(estado -> TarjetaDeEstado.de(estado, siguientes(e.getClave()))));
  }

  /** Los botones de la tarjeta de estado: las otras preguntas sobre la misma entidad. */
  private static List<Boton> siguientes(ClaveEntidad entidad) {
    return Stream.of(OFICIOS, PENDIENTES, ACUERDOS, SESIONES)
        .map(c -> new Boton(etiqueta(c), c.datosDeBoton(entidad)))
        .toList();
  }

  private static String etiqueta(Comando<?> comando) {
    return comando.nombre().substring(0, 1).toUpperCase(Locale.ROOT)
        + comando.nombre().substring(1);
  }

  private static List<Respuesta> oficios(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .expediente(e.getClave(), c.referencia())
                .map(x -> ListaDeOficios.de(x, c.referencia())));
  }

  /** El informe del mes que nombra el texto (sin mes, el anterior), como documento. */
  private static List<Respuesta> informe(Contexto c) {
    YearMonth mes =
        MesPedido.en(
            c.argumento().isEmpty() && !c.mensaje().esBoton() ? c.mensaje().texto() : c.argumento(),
            c.referencia());
    return c.porEntidad(
        e ->
            c.puertos()
                .informes()
                .informe(
                    e, mes, c.referencia(), c.vinculo().orElseThrow().autor(c.mensaje().usuario()))
                .map(
                    documento ->
                        Respuesta.documento(
                            "Informe del mes de "
                                + Meses.nombre(mes.getMonthValue())
                                + " de "
                                + mes.getYear()
                                + " · "
                                + e.getNombre(),
                            documento)));
  }

  private static List<Respuesta> pendientes(Contexto c) {
    return c.porEntidad(
        e -> c.estados().estadoActual(e.getClave(), c.referencia()).map(ListaDePendientes::de));
  }

  private static List<Respuesta> acuerdos(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .expediente(e.getClave(), c.referencia())
                .map(x -> ListaDeAcuerdos.de(x, c.referencia())));
  }

  private static List<Respuesta> sesiones(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .expediente(e.getClave(), c.referencia())
                .map(x -> ListaDeSesiones.de(x, c.referencia())));
  }

  /** Lo que vence en 30 días; «esta semana», en 7; «este mes», hasta fin de mes. */
  private static List<Respuesta> vencimientos(Contexto c) {
    java.time.LocalDate referencia = c.referencia();
    List<String> palabras = c.detalles().palabras();
    java.time.LocalDate hasta =
        palabras.contains("semana")
            ? referencia.plusDays(6)
            : palabras.contains("mes") && c.detalles().fecha().isEmpty()
                ? java.time.YearMonth.from(referencia).atEndOfMonth()
                : referencia.plusDays(ListaDeVencimientos.DIAS);
    return List.of(
        ListaDeVencimientos.de(c.estados().estadosActuales(referencia), referencia, hasta));
  }

  private static List<Respuesta> documento(Contexto c) {
    List<String> claves = c.detalles().documentos();
    if (claves.isEmpty()) {
      return List.of(
          Respuesta.de(
              (c.argumento().isEmpty()
                      ? "¿Qué documento?"
                      : "«" + c.argumento() + "» no parece un número de oficio ni de acuerdo.")
                  + " Escríbelo como en el libro: /documento INE/UNICOM/3320/2020"));
    }
    List<ExpedienteConEstado> expedientes =
        c.estados().seleccion(Optional.empty(), Optional.empty(), Optional.empty(), c.referencia());
    return claves.stream().map(clave -> FichaDeDocumento.de(clave, expedientes)).toList();
  }

  private static List<Respuesta> cotaprep(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados().estadoActual(e.getClave(), c.referencia()).map(AspectoDeEntidad::cotaprep));
  }

  private static List<Respuesta> jornada(Contexto c) {
    return c.porEntidad(
        e -> c.estados().estadoActual(e.getClave(), c.referencia()).map(AspectoDeEntidad::jornada));
  }

  private static List<Respuesta> ultimoOficio(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .estadoActual(e.getClave(), c.referencia())
                .map(AspectoDeEntidad::ultimoOficio));
  }

  private static List<Respuesta> proximaSesion(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .expediente(e.getClave(), c.referencia())
                .map(x -> AspectoDeEntidad.proximaSesion(x, c.referencia())));
  }

  private static List<Respuesta> observaciones(Contexto c) {
    return c.porEntidad(
        e ->
            c.estados()
                .expedienteConEstado(e.getClave(), Optional.empty(), c.referencia())
                .map(x -> AspectoDeEntidad.observaciones(x, c.referencia())));
  }

  private static List<Respuesta> entregable(Contexto c) {
    Optional<String> codigo = c.detalles().entregable();
    if (codigo.isEmpty()) {
      return List.of(
          Respuesta.de(
              "¿Qué entregable? Escribe su código o su nombre: /entregable ags E08, «¿cuándo vence"
                  + " el PTO de Aguascalientes?»"));
    }
    return c.porEntidad(
        e ->
            c.estados()
                .expedienteConEstado(e.getClave(), Optional.empty(), c.referencia())
                .map(x -> AspectoDeEntidad.entregable(x, codigo.get(), c.referencia())));
  }

  /** Una lista de todas las entidades, con un botón por entidad que abre su tarjeta. */
  private static List<Respuesta> entreEntidades(Contexto c, ListaDeTodas lista) {
    return List.of(
        lista.de(
            c.estados().estadosActuales(c.referencia()), c.referencia(), ESTADO::datosDeBoton));
  }

  /** Cómo se arma una lista de todas las entidades. */
  @FunctionalInterface
  private interface ListaDeTodas {
    Respuesta de(
        List<EstadoPrep> estados,
        java.time.LocalDate referencia,
        java.util.function.Function<ClaveEntidad, String> tarjeta);
  }

  private static List<Respuesta> noEntendi(Contexto c) {
    return List.of(
        Respuesta.de(
            "Perdón, no fui claro. Puedes preguntarme con tus palabras, por ejemplo:\n"
                + "• ¿Cómo va el PREP de Durango?\n"
                + "• ¿Qué le falta a Durango?\n"
                + "• ¿Cuáles estados tienen entregables vencidos?\n"
                + "Escribe /ayuda para ver todo lo que entiendo."));
  }

  private static List<Respuesta> registrarOficio(Contexto c) {
    return c.aplicar(c.captura().iniciar(c.argumento(), c.mensaje().ahora()));
  }

  private static List<Respuesta> cancelar(Contexto c) {
    if (c.conversacion().isEmpty()) {
      return List.of(Respuesta.de(SIN_REGISTRO));
    }
    c.puertos().conversaciones().borrar(c.mensaje().chat());
    return c.captura().cancelada().respuestas();
  }

  private static List<Respuesta> suscribir(Contexto c) {
    MensajeEntrante mensaje = c.mensaje();
    return c.porEntidad(
        e -> {
          if (c.estados().procesoActual(e.getClave(), c.referencia()).isEmpty()) {
            return Optional.empty();
          }
          boolean nueva =
              c.puertos()
                  .suscripciones()
                  .suscribir(mensaje.usuario(), mensaje.chat(), e.getClave(), mensaje.ahora());
          String donde = mensaje.enGrupo() ? "en este grupo" : "en este chat";
          String texto =
              nueva
                  ? "Listo: te avisaré de "
                      + e.getNombre()
                      + " "
                      + donde
                      + ": el resumen de cada semana, antes de cada vencimiento de un entregable"
                      + " que no se ha enviado, y cuando el INE conteste con observaciones."
                  : "Ya te aviso de " + e.getNombre() + " " + donde + ".";
          return Optional.of(
              Respuesta.de(
                  texto,
                  List.of(
                      List.of(
                          new Boton(
                              "Cancelar la suscripción",
                              CANCELAR_SUSCRIPCION.datosDeBoton(e.getClave()))))));
        });
  }

  private static List<Respuesta> suscripciones(Contexto c) {
    MensajeEntrante mensaje = c.mensaje();
    List<ClaveEntidad> claves = c.puertos().suscripciones().de(mensaje.usuario(), mensaje.chat());
    if (claves.isEmpty()) {
      return List.of(
          Respuesta.de(
              "No tienes suscripciones en este chat. Escribe /suscribir y el nombre de una"
                  + " entidad, por ejemplo /suscribir durango."));
    }
    List<String> lineas = new ArrayList<>();
    List<List<Boton>> botones = new ArrayList<>();
    lineas.add(
        claves.size() == 1
            ? "Te aviso de 1 entidad en este chat:"
            : "Te aviso de " + claves.size() + " entidades en este chat:");
    for (ClaveEntidad clave : claves) {
      String nombre = nombre(c, clave);
      lineas.add("• " + nombre);
      botones.add(
          List.of(new Boton("Cancelar " + nombre, CANCELAR_SUSCRIPCION.datosDeBoton(clave))));
    }
    return List.of(Respuesta.de(String.join("\n", lineas), botones));
  }

  private static String nombre(Contexto c, ClaveEntidad clave) {
    return c.puertos().entidades().resolver(clave.valor()) instanceof Resolucion.Encontrada e
        ? e.entidad().getNombre()
        : clave.valor();
  }

  private static List<Respuesta> cancelarSuscripcion(Contexto c) {
    MensajeEntrante mensaje = c.mensaje();
    return c.porEntidad(
        e -> {
          boolean cancelada =
              c.puertos()
                  .suscripciones()
                  .cancelar(mensaje.usuario(), mensaje.chat(), e.getClave(), mensaje.ahora());
          return Optional.of(
              Respuesta.de(
                  cancelada
                      ? "Listo: ya no te aviso de " + e.getNombre() + " en este chat."
                      : "No tenías suscripción a " + e.getNombre() + " en este chat."));
        });
  }

  private static List<Respuesta> start(Contexto c) {
    if (!c.argumento().isEmpty()) {
      return canjear(c, c.argumento());
    }
    if (c.vinculo().isEmpty()) {
      return List.of(Respuesta.de(BotUpdateDispatcher.NEGATIVA));
    }
    Vinculo vinculo = c.vinculo().get();
    return List.of(
        c.ayuda(vinculo)
            .precedidaDe(
                "Hola"
                    + (vinculo.cuenta() == null ? "" : ", " + vinculo.cuenta())
                    + ". Estás vinculado con el rol "
                    + vinculo.nombreDelRol()
                    + "."));
  }

  private static List<Respuesta> canjear(Contexto c, String codigo) {
    MensajeEntrante mensaje = c.mensaje();
    if (mensaje.enGrupo()) {
      // Los demás miembros del grupo vieron el código: ya no prueba quién lo recibió.
      boolean anulado = c.puertos().invitaciones().anular(codigo, mensaje.ahora());
      return List.of(
          Respuesta.de(
              "Por seguridad, envíame el código de invitación en un chat privado, no en un grupo."
                  + (anulado
                      ? " Ese código quedó anulado, porque los demás miembros del grupo pudieron"
                          + " verlo: pide uno nuevo a un administrador de Seguimiento PREP."
                      : "")));
    }
    Optional<Vinculo> vinculo =
        c.puertos()
            .invitaciones()
            .canjear(codigo, mensaje.usuario(), mensaje.nombreUsuario(), mensaje.ahora());
    if (vinculo.isEmpty()) {
      return List.of(
          Respuesta.de(
              "Ese código de invitación no sirve: puede que ya se haya usado o que haya vencido."
                  + " Pide uno nuevo a un administrador de Seguimiento PREP."));
    }
    return List.of(
        c.ayuda(vinculo.get())
            .precedidaDe(
                "Listo"
                    + (vinculo.get().cuenta() == null ? "" : ", " + vinculo.get().cuenta())
                    + ": quedaste vinculado con el rol "
                    + vinculo.get().nombreDelRol()
                    + "."));
  }
}
