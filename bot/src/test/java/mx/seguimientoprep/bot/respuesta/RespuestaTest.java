package mx.seguimientoprep.bot.respuesta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** El límite de 4096 caracteres de Telegram y los 64 bytes de los datos de un botón. */
class RespuestaTest {

  private static final List<List<Boton>> BOTONES = List.of(List.of(new Boton("Sí", "si")));

  @Test
  void unTextoQueCabeEsUnSoloMensaje() {
    Respuesta respuesta = Respuesta.de("uno\ndos", BOTONES);
    assertEquals(List.of(respuesta), respuesta.partes());
  }

  @Test
  void unTextoLargoSeCortaEntreLineasSinPerderNinguna() {
    List<String> lineas = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      lineas.add("• Renglón " + i + " " + "x".repeat(i % 57));
    }
    String texto = String.join("\n", lineas);
    assertTrue(texto.length() > 2 * Respuesta.LIMITE);

    List<Respuesta> partes = Respuesta.de(texto, BOTONES).partes();

    List<String> leidas = new ArrayList<>();
    for (int i = 0; i < partes.size(); i++) {
      String parte = partes.get(i).texto();
      assertTrue(parte.length() <= Respuesta.LIMITE, "" + parte.length());
      if (i + 1 < partes.size()) {
        String siguiente = partes.get(i + 1).texto().split("\n")[0];
        assertTrue(
            parte.length() + 1 + siguiente.length() > Respuesta.LIMITE,
            "el siguiente renglón no cabía en la parte " + i);
        assertEquals(List.of(), partes.get(i).botones());
      }
      leidas.addAll(Arrays.asList(parte.split("\n")));
    }
    assertEquals(lineas, leidas, "cada renglón entero, en orden, una sola vez");
    assertEquals(BOTONES, partes.get(partes.size() - 1).botones());
  }

  @Test
  void cadaParteLlenaLoQuePuede() {
    String linea = "a".repeat(1000);
    String texto = String.join("\n", linea, linea, linea, linea, linea);
    List<Respuesta> partes = Respuesta.de(texto).partes();
    assertEquals(2, partes.size());
    assertEquals(4 * 1000 + 3, partes.get(0).texto().length());
    assertEquals(linea, partes.get(1).texto());
  }

  @Test
  void soloUnaLineaMasLargaQueElLimiteSeCortaYEntrePalabras() {
    String palabras = "palabra ".repeat(1200).strip();
    List<Respuesta> partes = Respuesta.de("Título\n" + palabras + "\nFin").partes();
    Set<String> vistas = new HashSet<>();
    for (Respuesta parte : partes) {
      assertTrue(parte.texto().length() <= Respuesta.LIMITE);
      vistas.addAll(Arrays.asList(parte.texto().split("[\\n ]")));
    }
    assertEquals(Set.of("Título", "palabra", "Fin"), vistas, "ninguna palabra partida");
    assertEquals("Título", partes.get(0).texto());
    assertEquals("Fin", partes.get(partes.size() - 1).texto());
  }

  @Test
  void losDatosDeUnBotonCabenEn64Bytes() {
    new Boton("Guardar", "x".repeat(64));
    assertThrows(IllegalArgumentException.class, () -> new Boton("Guardar", "x".repeat(65)));
    assertThrows(IllegalArgumentException.class, () -> new Boton("Año", "ñ".repeat(33)));
    assertThrows(IllegalArgumentException.class, () -> new Boton(" ", "x"));
  }

  @Test
  void losBotonesEnFilas() {
    List<Boton> botones =
        List.of(new Boton("1", "1"), new Boton("2", "2"), new Boton("3", "3"), new Boton("4", "4"));
    assertEquals(List.of(3, 1), Respuesta.enFilas(botones, 3).stream().map(List::size).toList());
  }
}
