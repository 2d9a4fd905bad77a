package mx.seguimientoprep.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * El EAR que produjo la compilación, con las clases de prueba agregadas a su WAR para que
 * Arquillian las corra dentro del servidor: lo que se prueba es la aplicación real.
 */
final class DespliegueEar {

  private static final String WAR = "prep.war";

  private DespliegueEar() {}

  static EnterpriseArchive conPruebas(Class<?>... clases) {
    File archivo = new File(System.getProperty("prep.ear"));
    EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, archivo);
    WebArchive war;
    try (InputStream contenido = ear.get(WAR).getAsset().openStream()) {
      war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(contenido).as(WebArchive.class);
    } catch (IOException e) {
      throw new IllegalStateException("No se pudo leer " + WAR + " del EAR " + archivo, e);
    }
    war.addClasses(clases);
    war.addClass(DespliegueEar.class);
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-sin-sesion.jar")
            .addAsManifestResource("sin-sesion/web-fragment.xml", "web-fragment.xml"));
    ear.delete(WAR);
    ear.addAsModule(Testable.archiveToTest(war));
    return ear;
  }
}
