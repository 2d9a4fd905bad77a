package mx.seguimientoprep.informe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * El texto de un informe, renglón por renglón, sin lo que se repite en cada página (encabezados y
 * pies: un renglón corto que aparece dos o más veces se queda solo la primera vez) y con los
 * párrafos que un salto de página cortó vueltos a unir.
 */
public record TextoDelInforme(List<Parrafo> parrafos) {

  /** El texto que se acepta de un informe; uno de cuarenta páginas tiene unos 120 000. */
  public static final int LIMITE_CARACTERES = 2_000_000;

  private static final Pattern VINETA = Pattern.compile("^\\s*(?:[-•▪◦*·]|\\d{1,3}[.)])\\s+\\S.*");
  private static final Pattern MARCAS = Pattern.compile("\\*{1,3}");
  private static final int RENGLON_REPETIBLE = 80;

  public TextoDelInforme {
    parrafos = List.copyOf(parrafos);
  }

  /**
   * Un texto plano: cada renglón no vacío es un párrafo; los que empiezan con viñeta o número son
   * elementos de lista; los que traen tabuladores, filas de tabla.
   */
  public static TextoDelInforme deTexto(String texto) {
    List<Parrafo> parrafos = new ArrayList<>();
    for (String renglon : texto.split("\\R")) {
      String limpio = MARCAS.matcher(renglon).replaceAll("").strip();
      if (limpio.isEmpty()) {
        continue;
      }
      if (renglon.indexOf('\t') >= 0) {
        List<String> celdas = new ArrayList<>();
        for (String celda : limpio.split("\t")) {
          celdas.add(celda.strip());
        }
        parrafos.add(Parrafo.fila(celdas));
      } else if (VINETA.matcher(limpio).matches()) {
        parrafos.add(Parrafo.lista(limpio));
      } else {
        parrafos.add(Parrafo.texto(limpio));
      }
    }
    return depurado(parrafos);
  }

  /**
   * Quita los encabezados y pies de página repetidos y une un párrafo largo sin punto final con el
   * que lo continúa tras un salto de página.
   */
  public static TextoDelInforme depurado(List<Parrafo> parrafos) {
    Map<String, Integer> veces = new HashMap<>();
    for (Parrafo p : parrafos) {
      if (p.texto().length() <= RENGLON_REPETIBLE && !p.esFila()) {
        veces.merge(p.texto(), 1, Integer::sum);
      }
    }
    List<Parrafo> limpios = new ArrayList<>();
    java.util.Set<String> vistos = new java.util.HashSet<>();
    for (Parrafo p : parrafos) {
      // La primera aparición se queda (en la portada dice el proceso); las demás son encabezados.
      if (!p.esFila()
          && !p.esLista()
          && veces.getOrDefault(p.texto(), 0) > 1
          && !vistos.add(p.texto())) {
        continue;
      }
      Parrafo anterior = limpios.isEmpty() ? null : limpios.get(limpios.size() - 1);
      if (anterior != null
          && anterior.tipo() == Parrafo.Tipo.TEXTO
          && p.tipo() == Parrafo.Tipo.TEXTO
          && anterior.texto().length() > 200
          && !terminaEnunciado(anterior.texto())) {
        limpios.set(limpios.size() - 1, Parrafo.texto(anterior.texto() + " " + p.texto()));
      } else {
        limpios.add(p);
      }
    }
    return new TextoDelInforme(limpios);
  }

  private static boolean terminaEnunciado(String texto) {
    char ultimo = texto.charAt(texto.length() - 1);
    return ultimo == '.' || ultimo == ':' || ultimo == ';';
  }

  /** Todo el texto, un párrafo por renglón. */
  public String plano() {
    StringBuilder texto = new StringBuilder();
    for (Parrafo p : parrafos) {
      texto.append(p.texto()).append('\n');
    }
    return texto.toString();
  }
}
