package mx.seguimientoprep.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.bot.MensajeEntrante;
import mx.seguimientoprep.bot.TipoDeChat;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.comando.Menu;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdoConverter;
import mx.seguimientoprep.persistence.sql.ContadorSentencias;
import mx.seguimientoprep.web.api.BotResource;
import mx.seguimientoprep.web.api.TelegramWebhookResource;
import mx.seguimientoprep.web.pagina.InicioSesion;
import mx.seguimientoprep.web.telegram.AtencionTelegram;
import mx.seguimientoprep.web.telegram.TransporteTelegram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * La regla de dependencias de style.md como arquitectura por capas, a la manera de la {@code
 * HexagonalArchitecture} de buckpal, sobre las clases compiladas de todos los módulos:
 *
 * <ul>
 *   <li>el dominio ({@code domain}) no conoce ningún marco: solo Java, las anotaciones de JPA y las
 *       de validación;
 *   <li>los adaptadores no se conocen entre sí: la hoja ({@code hoja}, el módulo spreadsheet-io),
 *       el informe narrativo ({@code informe}, el módulo informe-io: escribirlo y leerlo), el bot
 *       ({@code bot}), la persistencia ({@code persistence}) y las tres entradas de la web: la API
 *       REST ({@code web.api}), las páginas ({@code web.pagina}) y el transporte de Telegram
 *       ({@code web.telegram});
 *   <li>solo el cableado de la web conoce a los módulos y los ensambla: {@code web} (la
 *       configuración), {@code web.bot} (el bot con sus puertos), {@code web.arranque}
 *       (migraciones, primera cuenta, demostración), {@code web.importacion} (la hoja leída y
 *       aplicada), {@code web.exportacion} (el libro escrito) y {@code web.informe} (el informe
 *       mensual escrito). Las entradas de la web lo usan; los módulos no lo ven;
 *   <li>{@code web.error} y {@code web.seguridad} son lo común de las entradas de la web;
 *   <li>los paquetes del dominio no forman ciclos.
 * </ul>
 *
 * <p>Las excepciones están escritas una por una, con su razón, en {@link
 * #losAdaptadoresNoSeConocenEntreSiYSoloElCableadoLosEnsambla} y {@link
 * #losPaquetesDelDominioNoFormanCiclos}: cualquier otra dependencia de ese tipo rompe la
 * construcción.
 */
class ReglaDeDependenciasTest {

  private static final String DOMINIO = "mx.seguimientoprep.domain..";
  private static final String PERSISTENCIA = "mx.seguimientoprep.persistence..";
  private static final String HOJA = "mx.seguimientoprep.hoja..";
  private static final String INFORME = "mx.seguimientoprep.informe..";
  private static final String BOT = "mx.seguimientoprep.bot..";
  private static final String API = "mx.seguimientoprep.web.api..";
  private static final String PAGINAS = "mx.seguimientoprep.web.pagina..";
  private static final String TELEGRAM = "mx.seguimientoprep.web.telegram..";
  private static final String[] COMUN_DE_LA_WEB = {
    "mx.seguimientoprep.web.error..", "mx.seguimientoprep.web.seguridad.."
  };

  /** Los paquetes que ensamblan los módulos: los únicos que los conocen a todos. */
  private static final String[] CABLEADO = {
    "mx.seguimientoprep.web",
    "mx.seguimientoprep.web.bot..",
    "mx.seguimientoprep.web.aviso..",
    "mx.seguimientoprep.web.calendario..",
    "mx.seguimientoprep.web.arranque..",
    "mx.seguimientoprep.web.importacion..",
    "mx.seguimientoprep.web.exportacion..",
    "mx.seguimientoprep.web.informe.."
  };

  /**
   * Lo que el bot recibe y contesta: el mensaje entrante, el tipo de chat, el vínculo de quien
   * escribe con su rol, la respuesta con sus botones, y el menú de comandos (hecho de los
   * descriptores) que el transporte registra con setMyCommands.
   */
  private static final DescribedPredicate<JavaClass> CONTRATO_DEL_BOT =
      belongToAnyOf(
          MensajeEntrante.class,
          TipoDeChat.class,
          Vinculo.class,
          Respuesta.class,
          Boton.class,
          Menu.class,
          Menu.Entrada.class);

  private static JavaClasses clases;

  @BeforeAll
  static void importar() {
    clases =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Ni las clases de prueba del dominio que las pruebas de la web usan (su test-jar).
            .withImportOption(ubicacion -> !ubicacion.contains("-tests.jar"))
            .importPackages("mx.seguimientoprep");
  }

  @Test
  void elDominioSoloConoceJavaJpaYValidacion() {
    classes()
        .that()
        .resideInAPackage(DOMINIO)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DOMINIO, "java..", "jakarta.persistence..", "jakarta.validation..")
        .check(clases);
  }

  @Test
  void losAdaptadoresNoSeConocenEntreSiYSoloElCableadoLosEnsambla() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Dominio")
        .definedBy(DOMINIO)
        .layer("Persistencia")
        .definedBy(PERSISTENCIA)
        .layer("Hoja")
        .definedBy(HOJA)
        .layer("Informe")
        .definedBy(INFORME)
        .layer("Bot")
        .definedBy(BOT)
        .layer("API")
        .definedBy(API)
        .layer("Páginas")
        .definedBy(PAGINAS)
        .layer("Telegram")
        .definedBy(TELEGRAM)
        .layer("Común de la web")
        .definedBy(COMUN_DE_LA_WEB)
        .layer("Cableado")
        .definedBy(CABLEADO)
        .whereLayer("Persistencia")
        .mayOnlyBeAccessedByLayers("Cableado")
        // La API no lee celdas: la hoja la usan solo web.importacion y web.exportacion.
        .whereLayer("Hoja")
        .mayOnlyBeAccessedByLayers("Cableado")
        // El informe (escribirlo y leerlo) lo usan solo web.informe y web.importacion.
        .whereLayer("Informe")
        .mayOnlyBeAccessedByLayers("Cableado")
        .whereLayer("Bot")
        .mayOnlyBeAccessedByLayers("Cableado")
        .whereLayer("API")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Páginas")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Telegram")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Común de la web")
        .mayOnlyBeAccessedByLayers("API", "Páginas", "Telegram", "Cableado")
        .whereLayer("Cableado")
        .mayOnlyBeAccessedByLayers("API", "Páginas", "Telegram")
        // El transporte de Telegram traduce un update de la Bot API al mensaje del bot, la
        // respuesta del bot a sendMessage y el menú de los descriptores a setMyCommands: conoce el
        // contrato del bot (CONTRATO_DEL_BOT) y nada más de él.
        .ignoreDependency(resideInAPackage("mx.seguimientoprep.web.telegram.."), CONTRATO_DEL_BOT)
        // La consola del bot (POST /api/bot/consola) arma el mensaje que recibiría el bot y lee
        // sus respuestas: también habla el contrato del bot, como el transporte.
        .ignoreDependency(belongToAnyOf(BotResource.class), CONTRATO_DEL_BOT)
        // El webhook es la puerta HTTP del transporte de Telegram; vive con los demás recursos
        // JAX-RS y le entrega el update tal como llega.
        .ignoreDependency(TelegramWebhookResource.class, TransporteTelegram.class)
        // La espera tras contraseñas fallidas se contesta, a quien entra por el formulario, con el
        // mismo formulario de inicio de sesión que dibujan las páginas, con el mensaje de la
        // espera.
        .ignoreDependency(
            JavaClass.Predicates.simpleName("ControlDeAcceso")
                .and(resideInAPackage("mx.seguimientoprep.web.seguridad")),
            belongToAnyOf(InicioSesion.class))
        // La medición del bot cuenta las sentencias SQL de cada respuesta (bench/run-bot.sh).
        .ignoreDependency(AtencionTelegram.class, ContadorSentencias.class)
        .check(clases);
  }

  /** Un paquete nuevo entra a una capa a propósito: fuera de ellas la regla no lo vería. */
  @Test
  void cadaClaseEstaEnUnaCapa() {
    List<String> capas = new ArrayList<>(List.of(DOMINIO, PERSISTENCIA, HOJA, INFORME, BOT));
    capas.addAll(List.of(API, PAGINAS, TELEGRAM));
    capas.addAll(List.of(COMUN_DE_LA_WEB));
    capas.addAll(List.of(CABLEADO));
    classes()
        .that()
        .resideInAPackage("mx.seguimientoprep..")
        .should()
        .resideInAnyPackage(capas.toArray(String[]::new))
        .check(clases);
  }

  @Test
  void losPaquetesDelDominioNoFormanCiclos() {
    slices()
        .matching("mx.seguimientoprep.domain.(*)..")
        .should()
        .beFreeOfCycles()
        // Un acuerdo pertenece a su proceso (acuerdo -> proceso), y el proceso y los integrantes
        // de la COTAPREP citan acuerdos por su número (proceso -> NumeroAcuerdo): el acuerdo de
        // designación de la instancia interna, el de integración de cada miembro. NumeroAcuerdo
        // es la identidad del agregado acuerdo y vive con él; moverlo a otro paquete rompería el
        // ciclo solo de nombre y tocaría 17 archivos de cinco módulos (entre ellos domain.estado,
        // la persistencia y la medición, que otras ramas cambian ahora). Cualquier otra
        // dependencia de proceso hacia acuerdo sí rompe la regla.
        .ignoreDependency(
            resideInAPackage("mx.seguimientoprep.domain.proceso.."),
            belongToAnyOf(NumeroAcuerdo.class, NumeroAcuerdoConverter.class))
        .check(clases);
  }
}
