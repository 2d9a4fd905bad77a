package mx.seguimientoprep.bot.comando;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import mx.seguimientoprep.bot.DemoEnMemoria;
import mx.seguimientoprep.bot.comprension.Interpretacion;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.usuario.Rol;
import org.junit.jupiter.api.Test;

/**
 * Un comando nuevo es un descriptor y su manejador: con solo agregarlo al catálogo, el intérprete
 * lo reconoce por su nombre y sus frases, /ayuda lo ofrece a quien puede usarlo y el menú lo
 * muestra en sus chats.
 */
class ComandosTest {

  /** Lo que un manejador de estas pruebas recibe: el texto que contesta. */
  private record Pedido(String texto) {}

  private static final Comando<Pedido> INFORME =
      Comando.<Pedido>llamado("informe", "informes")
          .ayuda("/informe durango", "el informe mensual de una entidad")
          .porEntidad()
          .frases(Frase.con(Frase.Precedencia.TEMA, Set.of("informe", "informes")))
          .atiende(p -> List.of(Respuesta.de(p.texto())));

  private static final Comando<Pedido> SUSCRIBIR =
      Comando.<Pedido>llamado("suscribir")
          .ayuda("/suscribir", "te aviso cada lunes lo que vence")
          .en(Seccion.REGISTRO)
          .soloPara("Suscribirse", Rol.STAFF)
          .soloEn(Localidad.PRIVADO, "suscribirte")
          .atiende(p -> List.of());

  private static final Comando<Pedido> ESTADO =
      Comando.<Pedido>llamado("estado")
          .ayuda("/estado durango", "la tarjeta de estado")
          .porEntidad()
          .frases(Frase.cualquierOtra())
          .atiende(p -> List.of());

  private static final Comandos<Pedido> CATALOGO =
      new Comandos<>(List.of(ESTADO, INFORME, SUSCRIBIR));

  private static final java.time.LocalDate HOY = java.time.LocalDate.of(2021, 10, 31);
  private static final Interprete<Pedido> INTERPRETE =
      new Interprete<>(CATALOGO, DemoEnMemoria.cargar().resolutor(), "SeguimientoPrepBot");

  @SuppressWarnings("unchecked")
  private static Interpretacion.Entendido<Pedido> entendido(String texto) {
    return assertInstanceOf(
        Interpretacion.Entendido.class, INTERPRETE.interpretar(texto, false, HOY));
  }

  @Test
  void elInterpreteLoReconocePorSuNombreSuSinonimoYSuFrase() {
    for (String texto : List.of("/informe durango", "/informes dgo", "el informe de Durango")) {
      Interpretacion.Entendido<Pedido> entendido = entendido(texto);
      assertEquals(INFORME, entendido.comando(), texto);
      assertEquals(
          "Durango",
          assertInstanceOf(Resolucion.Encontrada.class, entendido.entidad()).entidad().getNombre(),
          texto);
    }
    assertEquals(ESTADO, entendido("¿cómo va Durango?").comando());
    assertEquals(List.of(Respuesta.de("hola")), INFORME.manejador().atender(new Pedido("hola")));
  }

  @Test
  void laAyudaYElMenuLoMuestran() {
    String consejero = CATALOGO.ayuda(Rol.CONSEJERO, "Bot").texto();
    String capturista = CATALOGO.ayuda(Rol.STAFF, "Bot").texto();
    assertTrue(consejero.contains("\n/informe durango — el informe mensual de una entidad\n"));
    assertFalse(consejero.contains("/suscribir"));
    assertTrue(capturista.contains("Registrar oficios:\n/suscribir — te aviso cada lunes"));

    Menu menu = CATALOGO.menu();
    assertEquals(
        List.of(
            new Menu.Entrada("estado", "La tarjeta de estado"),
            new Menu.Entrada("informe", "El informe mensual de una entidad"),
            new Menu.Entrada("suscribir", "Te aviso cada lunes lo que vence")),
        menu.privados());
    assertEquals(
        List.of("estado", "informe"), menu.grupos().stream().map(Menu.Entrada::comando).toList());
  }

  @Test
  void susNegativasSalenDelDescriptor() {
    assertFalse(SUSCRIBIR.permiteA(Rol.CONSEJERO));
    assertEquals(
        "Suscribirse es para el rol capturista; con el rol consejero puedes consultar. Escribe"
            + " /ayuda para ver cómo.",
        SUSCRIBIR.negativaPorRol(Rol.CONSEJERO));
    assertEquals("Para suscribirte, escríbeme en un chat privado.", SUSCRIBIR.negativaPorLugar());
    assertEquals(
        "informe:10", INFORME.datosDeBoton(DemoEnMemoria.cargar().entidad("Durango").getClave()));
  }

  @Test
  void unNombreEsDeUnSoloComandoYComoLoAdmiteTelegram() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Comandos<>(
                List.of(INFORME, Comando.<Pedido>llamado("informes").atiende(p -> List.of()))));
    assertThrows(IllegalArgumentException.class, () -> Comando.<Pedido>llamado("Informe"));
    assertThrows(IllegalArgumentException.class, () -> Comando.<Pedido>llamado("informe-mensual"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Comando.<Pedido>llamado("x").ayuda("/x", "y").menu("").atiende(p -> List.of()));
  }
}
