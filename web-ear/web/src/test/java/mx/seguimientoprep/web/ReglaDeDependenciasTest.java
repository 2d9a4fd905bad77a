package mx.seguimientoprep.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of style.md, checked on the compiled classes of every module. */
class ReglaDeDependenciasTest {

  private static JavaClasses clases;

  @BeforeAll
  static void importar() {
    clases =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("mx.seguimientoprep");
  }

  @Test
  void elDominioSoloConoceJavaJpaYValidacion() {
    classes()
        .that()
        .resideInAPackage("mx.seguimientoprep.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "mx.seguimientoprep.domain..",
            "java..",
            "jakarta.persistence..",
            "jakarta.validation..")
        .check(clases);
  }

  @Test
  void persistenciaHojaYBotNoSeConocenEntreSi() {
    noClasses()
        .that()
        .resideInAPackage("mx.seguimientoprep.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("mx.seguimientoprep.hoja..", "mx.seguimientoprep.bot..")
        .check(clases);
    noClasses()
        .that()
        .resideInAPackage("mx.seguimientoprep.hoja..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("mx.seguimientoprep.persistence..", "mx.seguimientoprep.bot..")
        .check(clases);
    noClasses()
        .that()
        .resideInAPackage("mx.seguimientoprep.bot..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("mx.seguimientoprep.persistence..", "mx.seguimientoprep.hoja..")
        .check(clases);
  }

  @Test
  void soloLaWebEnsamblaLosModulos() {
    noClasses()
        .that()
        .resideOutsideOfPackage("mx.seguimientoprep.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("mx.seguimientoprep.web..")
        .check(clases);
  }

  @Test
  void losAdaptadoresUsanLosCasosDeUsoNoLasImplementaciones() {
    noClasses()
        .that()
        .resideInAnyPackage("mx.seguimientoprep.hoja..", "mx.seguimientoprep.bot..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Jpa")
        .check(clases);
  }
}
