package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El bot a través de un redespliegue: una conversación empezada antes sigue después (su estado está
 * en la base), y mientras la aplicación no está desplegada nada de ella sondea la Bot API (el
 * sondeo corre en el planificador administrado del servidor y se detiene con la aplicación).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BotRedespliegueIT {

  private static final String DESPLIEGUE = "bot-redespliegue";

  @Deployment(name = DESPLIEGUE, managed = false)
  static EnterpriseArchive despliegue() {
    BotApiFalsa.iniciada();
    return DespliegueEar.conPruebas();
  }

  @ArquillianResource Deployer despliegues;

  private final BotApiFalsa telegram = BotApiFalsa.iniciada();

  @Test
  void unaConversacionSigueTrasRedesplegarYNadieSondeaEntreTanto() throws Exception {
    ClienteApi api = new ClienteApi("http://127.0.0.1:8080/prep/api");
    despliegues.deploy(DESPLIEGUE);
    try {
      ConversacionTelegram capturista =
          ConversacionTelegram.vinculada(telegram, api, 9100, "capturista");
      capturista.escribe("/oficio");
      capturista.toca("Coahuila");
      capturista.escribe("IEC/SE/1950/2020");
      assertTrue(capturista.texto().startsWith("3/7 · Fecha"), capturista.texto());

      despliegues.undeploy(DESPLIEGUE);
      Thread.sleep(1500);
      int marca = telegram.marca();
      Thread.sleep(2500);
      assertEquals(
          0,
          telegram.llamadas("getUpdates", marca).size(),
          "sin la aplicación desplegada nadie llama a getUpdates");

      int getMeAntes = telegram.llamadas("getMe", 0).size();
      int sinWebhookAntes = telegram.llamadas("deleteWebhook", 0).size();
      despliegues.deploy(DESPLIEGUE);
      assertEquals(
          getMeAntes + 1,
          telegram
              .espera(l -> l.metodo().equals("getMe"), getMeAntes + 1, Duration.ofSeconds(30))
              .size(),
          "al arrancar pregunta a la Bot API quién es el bot");
      assertEquals(
          sinWebhookAntes + 1,
          telegram
              .espera(
                  l -> l.metodo().equals("deleteWebhook"),
                  sinWebhookAntes + 1,
                  Duration.ofSeconds(30))
              .size(),
          "y, para sondear, quita el webhook");

      capturista.escribe("06/11/2020");
      assertTrue(
          capturista.texto().startsWith("4/7 · Sentido"),
          "la conversación siguió donde iba: " + capturista.texto());
      capturista.toca("Interno");
      capturista.escribe("Nota interna de seguimiento");
      capturista.toca("Omitir");
      capturista.toca("Omitir");
      String resumen = capturista.texto();
      assertTrue(resumen.contains("Número: IEC/SE/1950/2020"), resumen);
      assertTrue(resumen.contains("Entidad: Coahuila (IEC)"), resumen);
      capturista.toca("Cancelar");
    } finally {
      despliegues.undeploy(DESPLIEGUE);
    }
  }
}
