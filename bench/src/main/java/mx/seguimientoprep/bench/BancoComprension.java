package mx.seguimientoprep.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.seguimientoprep.bot.ComandosDelBot;
import mx.seguimientoprep.bot.Contexto;
import mx.seguimientoprep.bot.comprension.Interpretacion;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * Cuánto cuesta entender un mensaje, sin base de datos (issue 12): el intérprete del bot con sus
 * comandos, su vocabulario y el resolutor de las 33 entidades de opl.tsv, sobre una mezcla de
 * preguntas como las escribe la gente (un documento, una fecha, un entregable, todas las entidades,
 * una errata, una que no entiende) y un mensaje de 4 096 caracteres. Imprime la mediana y el p99 de
 * cada una y de la mezcla; el objetivo es menos de 1 ms en el p99. No falla por un tiempo.
 */
public final class BancoComprension {

  private static final int VUELTAS = 2_000;
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final LocalDate HOY = LocalDate.of(2021, 10, 31);

  private static final List<String> MEZCLA =
      List.of(
          "estado del PREP Durango",
          "¿Cómo va el PREP de Durango?",
          "estado durango al 30 de noviembre de 2020",
          "¿Qué le falta a Durango?",
          "¿y Coahuila?",
          "oficio INE / UNICOM / 3320 / 2020",
          "busca IEC/SE/1766/2020, CG-A-43/23 y INE/UNICOM/3231/2020",
          "¿Quiénes integran el COTAPREP de Aguascalientes?",
          "¿Cuándo vence el PTO de Aguascalientes?",
          "¿ya mandó Durango los planes de seguridad?",
          "¿INE hizo observaciones a Coahuila?",
          "¿Cuáles estados tienen entregables vencidos?",
          "Resumen de todos los estados",
          "¿Qué estado tiene la próxima jornada?",
          "estado durnago porfa 🙏",
          "gracias",
          "asdf qwerty zxcv");

  private BancoComprension() {}

  public static void main(String[] args) throws IOException {
    ResolutorEntidad resolutor = ReferenceData.cargar().resolutor();
    Interprete<Contexto> interprete =
        new Interprete<>(ComandosDelBot.TODOS, resolutor, "SeguimientoPrepBot");
    StringBuilder largo = new StringBuilder();
    while (largo.length() < 4096 - 40) {
      largo.append("¿Cuáles estados tienen entregables vencidos y observaciones? ");
    }
    String mensajeLargo = largo.substring(0, 4096 - 40) + " y el PTO de Durango al 30/11/2020";
    System.out.println(
        "== Entender un mensaje, sin base de datos ("
            + VUELTAS
            + " vueltas medidas por mensaje, tras "
            + VUELTAS
            + " de calentamiento) ==");
    long[] todos = new long[VUELTAS * MEZCLA.size()];
    int n = 0;
    for (String texto : MEZCLA) {
      long[] tiempos = medir(interprete, texto);
      System.arraycopy(tiempos, 0, todos, n, tiempos.length);
      n += tiempos.length;
      imprimir(texto, tiempos, interprete.interpretar(texto, false, HOY));
    }
    Arrays.sort(todos);
    double p99 = todos[(int) (todos.length * 0.99)] / 1e6;
    System.out.println(
        String.format(
            ES_MX,
            "%-60s mediana %7.3f ms  p99 %7.3f ms  → objetivo p99 < 1 ms: %s",
            "LA MEZCLA (" + MEZCLA.size() + " preguntas)",
            todos[todos.length / 2] / 1e6,
            p99,
            p99 < 1 ? "cumplido" : "NO cumplido"));
    long[] tiempos = medir(interprete, mensajeLargo);
    imprimir(
        "un mensaje de 4 096 caracteres",
        tiempos,
        interprete.interpretar(mensajeLargo, false, HOY));
  }

  private static long[] medir(Interprete<Contexto> interprete, String texto) {
    for (int i = 0; i < VUELTAS; i++) {
      interprete.interpretar(texto, false, HOY);
    }
    long[] tiempos = new long[VUELTAS];
    for (int i = 0; i < VUELTAS; i++) {
      long inicio = System.nanoTime();
      interprete.interpretar(texto, false, HOY);
      tiempos[i] = System.nanoTime() - inicio;
    }
    return tiempos;
  }

  private static void imprimir(String texto, long[] tiempos, Interpretacion<Contexto> resultado) {
    long[] ordenados = tiempos.clone();
    Arrays.sort(ordenados);
    String entendido =
        resultado instanceof Interpretacion.Entendido<Contexto> e
            ? "/" + e.comando().nombre()
            : resultado.getClass().getSimpleName();
    System.out.println(
        String.format(
            ES_MX,
            "%-60s mediana %7.3f ms  p99 %7.3f ms  → %s",
            texto.length() > 58 ? texto.substring(0, 57) + "…" : texto,
            ordenados[ordenados.length / 2] / 1e6,
            ordenados[(int) (ordenados.length * 0.99)] / 1e6,
            entendido));
  }
}
