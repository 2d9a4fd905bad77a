package mx.seguimientoprep.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * El bot es un adaptador: solo conoce Java y el dominio (la biblioteca de Telegram llegará con el
 * transporte), nunca la persistencia, la hoja ni la web; sus paquetes no forman ciclos y solo el
 * despachador, en el paquete raíz, los usa a todos.
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
}
