package mx.seguimientoprep.bot;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import org.junit.jupiter.api.Test;

/**
 * El bot es un adaptador sin Telegram: sus clases solo conocen Java, el propio bot y el dominio
 * (nunca la persistencia, la hoja, la web ni la biblioteca de Telegram, que usa el transporte de la
 * web); sus paquetes no forman ciclos; ninguno de sus subpaquetes depende del paquete raíz, el del
 * despachador, que es el único que los une; y el estado de un proceso lo pide al caso de uso del
 * dominio, sin calcularlo.
 */
class ReglaDeDependenciasDelBotTest {

  private static final JavaClasses BOT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mx.seguimientoprep.bot");

  @Test
  void soloConoceJavaYElDominio() {
    classes()
        .that()
        .resideInAPackage("mx.seguimientoprep.bot..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("mx.seguimientoprep.bot..", "mx.seguimientoprep.domain..", "java..")
        .check(BOT);
  }

  @Test
  void susPaquetesNoFormanCiclos() {
    slices().matching("mx.seguimientoprep.bot.(*)..").should().beFreeOfCycles().check(BOT);
  }

  @Test
  void soloElDespachadorLosUne() {
    noClasses()
        .that()
        .resideInAPackage("mx.seguimientoprep.bot.*..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("mx.seguimientoprep.bot")
        .check(BOT);
  }

  @Test
  void elEstadoLoDaLaConsulta() {
    noClasses()
        .that()
        .resideInAPackage("mx.seguimientoprep.bot..")
        .should()
        .callMethodWhere(
            target(declaredIn(EstadoPrep.class))
                .and(target(nameMatching("calcular|procesoActual"))))
        .because("el estado y el proceso actual de una entidad los da ConsultarEstado")
        .check(BOT);
  }
}
