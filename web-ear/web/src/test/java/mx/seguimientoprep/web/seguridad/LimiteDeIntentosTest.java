package mx.seguimientoprep.web.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LimiteDeIntentosTest {

  private static final String EXTRANO = "203.0.113.9";
  private static final String DUENO = "198.51.100.4";

  /** Un reloj que solo avanza cuando la prueba lo dice. */
  private static final class Reloj extends Clock {
    private Instant ahora = Instant.parse("2026-12-01T10:00:00Z");

    void avanzar(Duration d) {
      ahora = ahora.plus(d);
    }

    @Override
    public Instant instant() {
      return ahora;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zona) {
      return this;
    }
  }

  private final Reloj reloj = new Reloj();
  private final LimiteDeIntentos limite = new LimiteDeIntentos(reloj);

  private LimiteDeIntentos.Fallo fallar(String direccion, String cuenta) {
    assertEquals(Duration.ZERO, limite.reservar(direccion, cuenta), "debía poder intentarlo");
    return limite.fallo(direccion, cuenta);
  }

  @Test
  void cincoFallosNoEsperanYElSextoIntentoEsperaDosSegundos() {
    for (int i = 1; i < 5; i++) {
      assertEquals(Duration.ZERO, fallar(EXTRANO, "admin").espera());
    }
    LimiteDeIntentos.Fallo quinto = fallar(EXTRANO, "admin");
    assertEquals(5, quinto.seguidos());
    assertEquals(Duration.ofSeconds(2), quinto.espera());

    assertEquals(Duration.ofSeconds(2), limite.reservar(EXTRANO, "admin"));
    reloj.avanzar(Duration.ofMillis(1500));
    assertEquals(Duration.ofMillis(500), limite.reservar(EXTRANO, "admin"));
    reloj.avanzar(Duration.ofMillis(500));
    assertEquals(Duration.ZERO, limite.reservar(EXTRANO, "admin"));
  }

  @Test
  void cadaFalloDuplicaLaEsperaHastaQuinceMinutos() {
    Duration anterior = Duration.ZERO;
    for (int i = 1; i <= 20; i++) {
      Duration espera = fallar(EXTRANO, "admin").espera();
      assertTrue(espera.compareTo(anterior) >= 0, "la espera no baja");
      anterior = espera;
      reloj.avanzar(espera);
    }
    assertEquals(Duration.ofMinutes(15), anterior);
    assertEquals(Duration.ofSeconds(4), LimiteDeIntentos.espera(6));
    assertEquals(Duration.ofSeconds(512), LimiteDeIntentos.espera(13));
    assertEquals(Duration.ofMinutes(15), LimiteDeIntentos.espera(14));
    assertEquals(Duration.ofMinutes(15), LimiteDeIntentos.espera(Integer.MAX_VALUE));
  }

  @Test
  void elDuenoDesdeSuDireccionNoEsperaPorLosFallosDeUnExtrano() {
    for (int i = 0; i < 12; i++) {
      limite.reservar(EXTRANO, "admin");
      limite.fallo(EXTRANO, "admin");
    }
    assertTrue(limite.reservar(EXTRANO, "admin").compareTo(Duration.ZERO) > 0);
    assertEquals(Duration.ZERO, limite.reservar(DUENO, "admin"));
    limite.acierto(DUENO, "admin");
    assertEquals(Duration.ZERO, limite.reservar(EXTRANO, "ana.lopez"), "otra cuenta, otra pareja");
  }

  @Test
  void unAciertoBorraLosFallos() {
    for (int i = 0; i < 4; i++) {
      fallar(DUENO, "admin");
    }
    assertEquals(Duration.ZERO, limite.reservar(DUENO, "admin"));
    limite.acierto(DUENO, "admin");
    assertEquals(1, fallar(DUENO, "admin").seguidos());
  }

  @Test
  void sinFallosLibresSoloSeCompruebaUnIntentoALaVez() {
    for (int i = 0; i < 4; i++) {
      fallar(EXTRANO, "admin");
    }
    assertEquals(Duration.ZERO, limite.reservar(EXTRANO, "admin"), "el quinto, libre");
    assertEquals(
        LimiteDeIntentos.ESPERA_EN_CURSO,
        limite.reservar(EXTRANO, "admin"),
        "mientras el quinto se comprueba, otro de la misma pareja espera");
    limite.liberar(EXTRANO, "admin");
    assertEquals(Duration.ZERO, limite.reservar(EXTRANO, "admin"));
  }

  @Test
  void enParaleloSoloPasanLosIntentosLibres() {
    for (int i = 0; i < 5; i++) {
      assertEquals(Duration.ZERO, limite.reservar(EXTRANO, "admin"));
    }
    assertTrue(limite.reservar(EXTRANO, "admin").compareTo(Duration.ZERO) > 0);
  }

  @Test
  void unaReservaSinResultadoCaducaAlMinuto() {
    for (int i = 0; i < 4; i++) {
      fallar(EXTRANO, "admin");
    }
    limite.reservar(EXTRANO, "admin");
    reloj.avanzar(Duration.ofSeconds(61));
    assertEquals(Duration.ZERO, limite.reservar(EXTRANO, "admin"));
  }

  @Test
  void unaParejaSinFallosEnUnDiaSeOlvida() {
    for (int i = 0; i < 8; i++) {
      fallar(EXTRANO, "admin");
      reloj.avanzar(LimiteDeIntentos.espera(i + 1));
    }
    reloj.avanzar(Duration.ofHours(24).plusSeconds(1));
    assertEquals(1, fallar(EXTRANO, "admin").seguidos());
  }

  @Test
  void elMapaTieneTopeYSaleLaParejaMenosUsada() {
    LimiteDeIntentos chico = new LimiteDeIntentos(reloj, 3);
    for (int i = 0; i < 1000; i++) {
      String direccion = "10.0." + (i / 256) + "." + (i % 256);
      chico.reservar(direccion, "admin");
      chico.fallo(direccion, "admin");
    }
    assertEquals(3, chico.parejas());
  }

  @Test
  void lasLlamadasCorrectasNoDejanParejas() {
    for (int i = 0; i < 100; i++) {
      limite.reservar(DUENO, "admin");
      limite.acierto(DUENO, "admin");
      limite.reservar(DUENO, "ana.lopez");
      limite.liberar(DUENO, "ana.lopez");
    }
    assertEquals(0, limite.parejas());
  }

  @Test
  void unaIpv6CuentaPorSuRed64() throws Exception {
    assertEquals(
        "2001:db8:1:2::/64",
        LimiteDeIntentos.direccion(InetAddress.getByName("2001:db8:1:2:aaaa:bbbb:cccc:dddd")));
    assertEquals(
        LimiteDeIntentos.direccion(InetAddress.getByName("2001:db8:1:2::1")),
        LimiteDeIntentos.direccion(InetAddress.getByName("2001:db8:1:2:ffff::9")));
    assertEquals("127.0.0.2", LimiteDeIntentos.direccion(InetAddress.getByName("127.0.0.2")));
    assertEquals(
        "192.0.2.7", LimiteDeIntentos.direccion(InetAddress.getByName("::ffff:192.0.2.7")));
  }

  @Test
  void elNombreDeCuentaQuedaLimpioParaElRegistro() {
    assertEquals("admin", LimiteDeIntentos.cuenta("  Admin "));
    assertEquals(
        "admin?2026-12-01 warn falso", LimiteDeIntentos.cuenta("admin\n2026-12-01 WARN falso"));
    assertEquals(100, LimiteDeIntentos.cuenta("x".repeat(5000)).length());
  }

  @Test
  void laEsperaSeLeeEnEspanol() {
    assertEquals("1 segundo", LimiteDeIntentos.enPalabras(Duration.ofMillis(200)));
    assertEquals("2 segundos", LimiteDeIntentos.enPalabras(Duration.ofMillis(1001)));
    assertEquals("1 minuto", LimiteDeIntentos.enPalabras(Duration.ofSeconds(60)));
    assertEquals("9 minutos", LimiteDeIntentos.enPalabras(Duration.ofSeconds(512)));
    assertEquals("15 minutos", LimiteDeIntentos.enPalabras(Duration.ofMinutes(15)));
    assertEquals(1, LimiteDeIntentos.segundosHaciaArriba(Duration.ZERO));
  }
}
