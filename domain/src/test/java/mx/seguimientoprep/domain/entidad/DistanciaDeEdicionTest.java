package mx.seguimientoprep.domain.entidad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistanciaDeEdicionTest {

  @Test
  void lasErratasDeLosConsejeros() {
    assertEquals(1, DistanciaDeEdicion.entre("durnago", "durango"), "una transposición");
    assertEquals(1, DistanciaDeEdicion.hasta("durnago", "durango", 2));
    assertEquals(
        2, DistanciaDeEdicion.hasta("drangoo", "durango", 2), "un borrado y una inserción");
    assertEquals(3, DistanciaDeEdicion.hasta("zacatecas", "durango", 2), "más que el máximo");
  }

  /** La franja da lo mismo que la matriz completa, hasta el máximo, en 20 000 pares al azar. */
  @Test
  void laFranjaDaLoMismoQueLaMatrizCompleta() {
    Random azar = new Random(11);
    for (int caso = 0; caso < 20_000; caso++) {
      String a = palabra(azar);
      String b = azar.nextBoolean() ? palabra(azar) : variante(a, azar);
      int maximo = azar.nextInt(4);
      assertEquals(
          Math.min(DistanciaDeEdicion.entre(a, b), maximo + 1),
          DistanciaDeEdicion.hasta(a, b, maximo),
          a + " / " + b + " / " + maximo);
    }
  }

  private static String palabra(Random azar) {
    StringBuilder texto = new StringBuilder();
    int largo = azar.nextInt(10);
    for (int i = 0; i < largo; i++) {
      texto.append((char) ('a' + azar.nextInt(4)));
    }
    return texto.toString();
  }

  /** La palabra con uno a tres cambios: cambiar, quitar, poner o trasponer letras. */
  private static String variante(String palabra, Random azar) {
    StringBuilder texto = new StringBuilder(palabra);
    for (int cambio = 1 + azar.nextInt(3); cambio > 0; cambio--) {
      int donde = texto.length() == 0 ? 0 : azar.nextInt(texto.length());
      switch (azar.nextInt(4)) {
        case 0 -> texto.insert(donde, (char) ('a' + azar.nextInt(4)));
        case 1 -> {
          if (texto.length() > 0) {
            texto.deleteCharAt(donde);
          }
        }
        case 2 -> {
          if (texto.length() > 0) {
            texto.setCharAt(donde, (char) ('a' + azar.nextInt(4)));
          }
        }
        default -> {
          if (donde + 1 < texto.length()) {
            char c = texto.charAt(donde);
            texto.setCharAt(donde, texto.charAt(donde + 1));
            texto.setCharAt(donde + 1, c);
          }
        }
      }
    }
    return texto.toString();
  }
}
