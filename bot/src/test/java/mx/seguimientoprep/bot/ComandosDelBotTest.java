package mx.seguimientoprep.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.LineaDeAyuda;
import mx.seguimientoprep.bot.comando.Menu;
import mx.seguimientoprep.domain.usuario.Rol;
import org.junit.jupiter.api.Test;

/**
 * Los comandos del bot, de un solo lugar: cada descriptor aparece en /ayuda para los roles que
 * pueden usarlo y en el menú de Telegram de los chats en que se atiende, y en ningún otro.
 */
class ComandosDelBotTest {

  private static final List<Rol> ROLES_DEL_BOT = List.of(Rol.CONSEJERO, Rol.STAFF);

  private static String ayuda(Rol rol) {
    return ComandosDelBot.TODOS.ayuda(rol, "SeguimientoPrepBot").texto();
  }

  private static List<String> nombres(List<Menu.Entrada> entradas) {
    return entradas.stream().map(Menu.Entrada::comando).toList();
  }

  @Test
  void cadaComandoApareceEnLaAyudaDeQuienPuedeUsarloYEnElMenuDeSusChats() {
    Menu menu = ComandosDelBot.TODOS.menu();
    for (Comando<Contexto> comando : ComandosDelBot.TODOS.todos()) {
      if (!comando.anunciado()) {
        continue;
      }
      for (Rol rol : ROLES_DEL_BOT) {
        String ayuda = ayuda(rol);
        for (LineaDeAyuda linea : comando.ayuda()) {
          assertEquals(
              comando.permiteA(rol),
              ayuda.contains("\n" + linea + "\n"),
              comando + " en la ayuda de " + rol);
        }
      }
      Menu.Entrada entrada = new Menu.Entrada(comando.nombre(), comando.descripcion());
      assertEquals(
          comando.localidad().admite(false),
          menu.privados().contains(entrada),
          comando + " en privado");
      assertEquals(
          comando.localidad().admite(true),
          menu.grupos().contains(entrada),
          comando + " en grupos");
    }
  }

  @Test
  void soloStartYLosModalesNoSeAnuncian() {
    assertEquals(
        List.of(
            ComandosDelBot.START,
            ComandosDelBot.GRACIAS,
            ComandosDelBot.OTRA_VEZ,
            ComandosDelBot.NO_ENTENDI),
        ComandosDelBot.TODOS.todos().stream().filter(c -> !c.anunciado()).toList());
    assertFalse(ayuda(Rol.STAFF).contains("/start —"));
    assertFalse(nombres(ComandosDelBot.TODOS.menu().privados()).contains("start"));
  }

  @Test
  void elMenuDeCadaChat() {
    Menu menu = ComandosDelBot.TODOS.menu();
    List<String> consultas =
        List.of(
            "estado",
            "oficios",
            "pendientes",
            "acuerdos",
            "sesiones",
            "vencimientos",
            "informe",
            "documento",
            "cotaprep",
            "jornada",
            "entregable",
            "observaciones",
            "ultimo_oficio",
            "proxima_sesion",
            "vencidos",
            "observados",
            "sin_cotaprep",
            "jornadas",
            "resumen");
    List<String> avisos = List.of("suscribir", "suscripciones", "cancelar_suscripcion");
    // En privado se registran oficios; en un grupo no (el menú de grupo no lo ofrece).
    List<String> enPrivado = new ArrayList<>(consultas);
    enPrivado.addAll(List.of("oficio", "cancelar"));
    enPrivado.addAll(avisos);
    enPrivado.add("ayuda");
    List<String> enGrupos = new ArrayList<>(consultas);
    enGrupos.add("cancelar");
    enGrupos.addAll(avisos);
    enGrupos.add("ayuda");
    assertEquals(enPrivado, nombres(menu.privados()));
    assertEquals(enGrupos, nombres(menu.grupos()));
    assertEquals(
        new Menu.Entrada("estado", "La tarjeta de estado del proceso actual"),
        menu.privados().get(0));
  }

  @Test
  void registrarOficiosEsDelCapturista() {
    assertTrue(ComandosDelBot.OFICIO.permiteA(Rol.STAFF));
    assertFalse(ComandosDelBot.OFICIO.permiteA(Rol.CONSEJERO));
    assertTrue(ComandosDelBot.ESTADO.permiteA(Rol.CONSEJERO));
    assertEquals(
        "Registrar oficios es para el rol capturista; con el rol consejero puedes consultar."
            + " Escribe /ayuda para ver cómo.",
        ComandosDelBot.OFICIO.negativaPorRol(Rol.CONSEJERO));
  }

  @Test
  void laAyudaDeUnConsejero() {
    assertEquals(CONSEJERO_AYUDA, ayuda(Rol.CONSEJERO));
  }

  @Test
  void laAyudaDeUnCapturistaOfreceRegistrar() {
    assertEquals(CAPTURISTA_AYUDA, ayuda(Rol.STAFF));
  }

  /** Lo que la ayuda dice a todos: cómo preguntar y los comandos de consulta. */
  private static final String CONSULTAS =
      """
      Pregúntame cómo va el PREP de una entidad; la reconozco por su nombre, siglas, abreviatura \
      o clave, con o sin acentos:
      • estado del PREP Durango
      • ¿Cómo va el PREP de Durango?
      • estado IEPC Durango · DURANGO · estado dgo · Edomex · 10

      Comandos:
      /estado durango — la tarjeta de estado del proceso actual
      /oficios durango — los 10 oficios más recientes
      /pendientes durango — entregables pendientes y vencidos, con su fecha límite
      /acuerdos coahuila — los acuerdos del proceso actual
      /sesiones aguascalientes — sesiones y reuniones, con fechas
      /vencimientos — lo que vence en los próximos 30 días, en todas las entidades
      /informe durango octubre 2021 — el informe del mes en Word (también 2021-10)
      /informe coahuila — el del mes anterior
      /documento INE/UNICOM/3320/2020 — un oficio o un acuerdo por su número, con su conversación
      /cotaprep ags — quiénes integran el COTAPREP, con su institución
      /jornada coahuila — la fecha de la jornada electoral y los días que faltan
      /entregable ags PTO — un entregable por su código o su nombre: estado, fecha límite y \
      oficios
      /observaciones coahuila — las observaciones del INE, atendidas o no
      /ultimo_oficio durango — el oficio más reciente
      /proxima_sesion ags — la próxima sesión o reunión programada
      /ayuda — este mensaje

      De todas las entidades:
      /vencidos — las entidades con entregables vencidos, la más atrasada primero
      /observados — las entidades con observaciones del INE sin atender
      /sin_cotaprep — las entidades con su COTAPREP sin integrar
      /jornadas — las próximas jornadas electorales, la más cercana primero
      /resumen — un renglón por entidad: semáforo, vencidos, jornada

      """;

  /** Los ejemplos de preguntas (uno por comando, del vocabulario) y los modales. */
  private static final String PREGUNTAS =
      """
      También entiendo preguntas como estas:
      • ¿Cómo va el PREP de Durango?
      • oficios de Coahuila
      • ¿Qué le falta a Durango?
      • acuerdos del IEC
      • sesiones del COTAPREP de Aguascalientes
      • ¿Qué vence en los próximos días?
      • informe de Durango de octubre de 2021
      • oficio INE/UNICOM/3320/2020
      • ¿Quiénes integran el COTAPREP de Aguascalientes?
      • ¿Cuándo es la jornada de Coahuila?
      • ¿Cuándo vence el PTO de Aguascalientes?
      • ¿INE hizo observaciones a Coahuila?
      • último oficio de Durango
      • ¿Cuándo es la próxima sesión del COTAPREP de Aguascalientes?
      • ¿Cuáles estados tienen entregables vencidos?
      • ¿Qué estados tienen observaciones sin atender?
      • ¿Qué estados no tienen COTAPREP?
      • ¿Qué estado tiene la próxima jornada?
      • Resumen de todos los estados

      En la conversación: después de una pregunta, «¿y Coahuila?» la repite para otra entidad, \
      «otra vez» la repite y una pregunta sin entidad es sobre la misma. A una fecha: «al 30 de \
      noviembre de 2020», «en marzo de 2020», «el mes pasado». Un número de oficio o de acuerdo, \
      en cualquier parte del mensaje, me dice cuál buscar.

      """;

  private static final String EN_UN_GRUPO =
      "En un grupo, escríbeme un comando o mencióname: @SeguimientoPrepBot estado durango";

  /** Los avisos, para cualquier rol. */
  private static final String AVISOS =
      """
      Avisos:
      /suscribir durango — te aviso en este chat: el resumen de cada semana, antes de cada \
      vencimiento y cuando el INE conteste con observaciones
      /suscripciones — las entidades de las que te aviso en este chat
      /cancelar_suscripcion durango — dejo de avisarte de esa entidad en este chat

      """;

  private static final String CONSEJERO_AYUDA = CONSULTAS + AVISOS + PREGUNTAS + EN_UN_GRUPO;

  private static final String CAPTURISTA_AYUDA =
      CONSULTAS
          + """
          Registrar oficios:
          /oficio — te pregunto los datos uno por uno
          /oficio IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020 — en una \
          línea: número, fecha, sentido y asunto; solo pregunto lo que falte
          /cancelar — termina el registro sin guardar nada

          """
          + AVISOS
          + PREGUNTAS
          + EN_UN_GRUPO;
}
