package mx.seguimientoprep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * Cuánto cuesta reconocer la entidad en un texto (issue 10, punto 3): una pregunta corta (el piso),
 * un mensaje de 4 096 caracteres (lo más que admite Telegram) hecho de los asuntos de los oficios
 * de la demostración, otro de palabras al azar sin ninguna entidad (el peor caso: se buscan
 * parecidos), y referencias de URL de 25 000 y 100 000 caracteres. Imprime la mediana y el p99 de
 * cada uno y su razón contra el piso; no falla por un tiempo.
 */
public final class BancoResolutor {

  private static final int VUELTAS = 300;
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private BancoResolutor() {}

  public static void main(String[] args) throws IOException {
    ResolutorEntidad resolutor = ReferenceData.cargar().resolutor();
    String delInforme = asuntos(Path.of("demo", "Oficios.tsv"), 4096 - " de Durango".length());
    String[] caso = {
      "estado del PREP Durango",
      delInforme + " de Durango",
      azar(4096, 1),
      azar(25_000, 2),
      azar(100_000, 3)
    };
    String[] nombre = {
      "pregunta corta (piso)",
      "4 096 caracteres de asuntos de oficios reales, la entidad al final",
      "4 096 caracteres al azar, sin entidad",
      "25 000 caracteres al azar (referencia de URL)",
      "100 000 caracteres al azar (referencia de URL)"
    };
    double piso = 0;
    System.out.println("== Reconocer la entidad en un texto (" + VUELTAS + " vueltas medidas) ==");
    for (int i = 0; i < caso.length; i++) {
      String texto = caso[i];
      boolean campo = i >= 3;
      for (int calentar = 0; calentar < VUELTAS; calentar++) {
        reconocer(resolutor, texto, campo);
      }
      long[] tiempos = new long[VUELTAS];
      Resolucion ultima = null;
      for (int v = 0; v < VUELTAS; v++) {
        long inicio = System.nanoTime();
        ultima = reconocer(resolutor, texto, campo);
        tiempos[v] = System.nanoTime() - inicio;
      }
      Arrays.sort(tiempos);
      double mediana = tiempos[VUELTAS / 2] / 1e6;
      double p99 = tiempos[(int) (VUELTAS * 0.99)] / 1e6;
      if (i == 0) {
        piso = mediana;
      }
      System.out.println(
          String.format(
              ES_MX,
              "%-66s mediana %8.3f ms  p99 %8.3f ms  (%,.0f× el piso)  → %s",
              nombre[i],
              mediana,
              p99,
              mediana / piso,
              ultima.getClass().getSimpleName()));
      if (i == 1) {
        System.out.println(
            "  objetivo: un mensaje de 4 096 caracteres en menos de 5 ms: en la mediana "
                + (mediana < 5 ? "cumplido" : "NO cumplido")
                + ", en el p99 "
                + (p99 < 5 ? "cumplido" : "NO cumplido")
                + " (el p99 incluye las pausas del recolector de esta misma JVM)");
      }
    }
  }

  private static Resolucion reconocer(ResolutorEntidad resolutor, String texto, boolean campo) {
    return campo ? resolutor.enCampo(texto) : resolutor.enFrase(texto, Set.of());
  }

  /**
   * Los asuntos de los oficios de la demostración (los de los informes reales), seguidos, hasta
   * {@code caracteres}: un mensaje largo con el registro de un informe.
   */
  private static String asuntos(Path oficios, int caracteres) throws IOException {
    StringBuilder texto = new StringBuilder();
    while (texto.length() < caracteres) {
      for (String linea : Files.readAllLines(oficios, StandardCharsets.UTF_8)) {
        String[] campos = linea.split("\t");
        if (!linea.startsWith("#") && campos.length > 7 && !campos[7].equals("Asunto")) {
          texto.append(campos[7]).append(' ');
        }
      }
    }
    return texto.substring(0, caracteres);
  }

  /** Palabras de 3 a 9 letras al azar (con semilla): ninguna nombra una entidad. */
  private static String azar(int caracteres, long semilla) {
    Random azar = new Random(semilla);
    StringBuilder texto = new StringBuilder(caracteres);
    while (texto.length() < caracteres) {
      int largo = 3 + azar.nextInt(7);
      for (int i = 0; i < largo; i++) {
        texto.append((char) ('a' + azar.nextInt(26)));
      }
      texto.append(' ');
    }
    return texto.substring(0, caracteres);
  }
}
