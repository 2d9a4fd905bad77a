package mx.seguimientoprep.web.arranque;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lo que un WildFly sin tocar puede no tener: el arranque no depende de MicroProfile Health (que
 * falta en standalone.xml), y la falta de MicroProfile Config se dice con un mensaje que la nombra.
 */
class RequisitosDelServidorTest {

  @Test
  void soloLaSaludConoceMicroProfileHealthParaQueWeldNoDescarteElArranque() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(SaludArranque.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.microprofile.health..")
        .because(
            "MicroProfile Health es opcional: si Weld no puede cargar una clase que lo usa, la"
                + " descarta, y el arranque o lo que inyecta no puede ser esa clase")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("mx.seguimientoprep"));
  }

  @Test
  void sinMicroProfileConfigElMensajeNombraElSubsistemaYElScript() {
    // Un cargador que solo ve las clases de Java, como el de un despliegue sin el subsistema.
    ClassLoader sinMicroProfile = new ClassLoader(null) {};
    Optional<String> mensaje = RequisitosDelServidor.faltaLoObligatorio(sinMicroProfile);
    assertTrue(mensaje.isPresent());
    assertTrue(mensaje.get().contains("MicroProfile Config (microprofile-config-smallrye)"));
    assertTrue(mensaje.get().contains("preparar-servidor.sh"));
  }

  @Test
  void conMicroProfileConfigNoFaltaNada() {
    assertEquals(
        Optional.empty(),
        RequisitosDelServidor.faltaLoObligatorio(RequisitosDelServidorTest.class.getClassLoader()));
  }
}
