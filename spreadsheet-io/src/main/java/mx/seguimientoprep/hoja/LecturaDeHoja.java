package mx.seguimientoprep.hoja;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * La lectura de una hoja renglón por renglón, sea cual sea el archivo: encuentra el encabezado,
 * reconoce sus columnas y entrega cada fila con datos, con los hallazgos ubicados.
 */
final class LecturaDeHoja {

  /** El encabezado es el primer renglón, entre los diez primeros, con dos columnas conocidas. */
  static final int RENGLONES_PARA_ENCABEZADO = 10;

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final Hoja hoja;
  private final Limites limites;
  private final RowHandler destino;

  private Map<Integer, Columna> columnas;
  private int filaDelEncabezado;
  private boolean descartada;
  private boolean huboDatos;
  private int filasConDatos;
  private final SortedSet<Integer> columnasSinEncabezadoConDatos = new TreeSet<>();

  /** Las columnas con un encabezado desconocido o repetido: ya tienen su advertencia. */
  private final Set<Integer> conEncabezadoIgnorado = new HashSet<>();

  private LecturaDeHoja(Hoja hoja, Limites limites, RowHandler destino) {
    this.hoja = hoja;
    this.limites = limites;
    this.destino = destino;
  }

  /** El nombre de la hoja, como lo escribe workbook.md. */
  String nombre() {
    return hoja.nombre();
  }

  /**
   * La lectura de la pestaña de ese nombre, o nada (con su advertencia) si no es una hoja que se
   * importe.
   */
  static Optional<LecturaDeHoja> dePestana(String pestana, Limites limites, RowHandler destino) {
    Optional<Hoja> hoja = Hoja.buscar(pestana);
    if (hoja.isEmpty()) {
      String sugerencia =
          Hoja.hojaParecida(pestana)
              .map(parecida -> " ¿Quisiste decir «" + parecida.nombre() + "»?")
              .orElse("");
      destino.advertencia(
          Hallazgo.deLaHoja(
              pestana,
              "La hoja «"
                  + pestana
                  + "» no es una hoja del libro de seguimiento; se ignora."
                  + sugerencia));
      return Optional.empty();
    }
    if (!hoja.get().importable()) {
      destino.advertencia(
          Hallazgo.deLaHoja(
              hoja.get().nombre(),
              "La hoja «" + pestana + "» solo se exporta; al importar se ignora."));
      return Optional.empty();
    }
    return Optional.of(new LecturaDeHoja(hoja.get(), limites, destino));
  }

  /**
   * Un renglón del archivo.
   *
   * @param numero el número que se muestra (fila de Excel o línea del TSV)
   * @param posicion su lugar entre los renglones de la hoja, contando desde 1
   * @param celdas las celdas con valor, por índice de columna desde 0
   * @param erroresDeFormula el error que da la fórmula de una celda (#N/A, #¡DIV/0!), por columna
   */
  void renglon(
      int numero,
      int posicion,
      SortedMap<Integer, Celda> celdas,
      Map<Integer, String> erroresDeFormula) {
    if (descartada) {
      return;
    }
    SortedMap<Integer, Celda> conValor = new TreeMap<>();
    celdas.forEach(
        (indice, celda) -> {
          if (!celda.enBlanco()) {
            conValor.put(indice, celda);
          }
        });
    if (conValor.isEmpty() && erroresDeFormula.isEmpty()) {
      return;
    }
    huboDatos = true;
    if (columnas == null) {
      if (posicion <= RENGLONES_PARA_ENCABEZADO) {
        intentarEncabezado(numero, conValor);
      } else {
        destino.error(Hallazgo.deLaHoja(hoja.nombre(), sinEncabezado()));
        descartada = true;
      }
      return;
    }
    filaDeDatos(numero, conValor, erroresDeFormula);
  }

  void renglon(int numero, int posicion, SortedMap<Integer, Celda> celdas) {
    renglon(numero, posicion, celdas, Map.of());
  }

  /** El final de la hoja: lo que solo se sabe al haberla leído entera. */
  void terminar() {
    if (columnas == null && !descartada) {
      if (huboDatos) {
        destino.error(Hallazgo.deLaHoja(hoja.nombre(), sinEncabezado()));
      } else {
        destino.advertencia(
            Hallazgo.deLaHoja(hoja.nombre(), "La hoja «" + hoja.nombre() + "» está vacía."));
      }
    }
    for (int indice : columnasSinEncabezadoConDatos) {
      destino.advertencia(
          new Hallazgo(
              hoja.nombre(),
              filaDelEncabezado,
              null,
              null,
              "La columna "
                  + letra(indice)
                  + " tiene datos pero no tiene encabezado; sus valores se ignoran."));
    }
  }

  private void intentarEncabezado(int numero, SortedMap<Integer, Celda> celdas) {
    long conocidas =
        celdas.values().stream()
            .map(celda -> hoja.columnaPorEncabezado(celda.texto()))
            .flatMap(Optional::stream)
            .distinct()
            .count();
    if (conocidas < 2) {
      return;
    }
    filaDelEncabezado = numero;
    columnas = new LinkedHashMap<>();
    Map<Columna, Integer> primeraVez = new LinkedHashMap<>();
    celdas.forEach(
        (indice, celda) -> {
          String encabezado = celda.texto().strip();
          var columna = hoja.columnaPorEncabezado(encabezado);
          if (columna.isEmpty()) {
            conEncabezadoIgnorado.add(indice);
            String sugerencia =
                hoja.columnaParecida(encabezado)
                    .map(parecida -> " ¿Quisiste decir «" + parecida.nombre() + "»?")
                    .orElse("");
            destino.advertencia(
                new Hallazgo(
                    hoja.nombre(),
                    numero,
                    encabezado,
                    null,
                    "La columna «"
                        + encabezado
                        + "» ("
                        + letra(indice)
                        + ") no es una columna de la hoja «"
                        + hoja.nombre()
                        + "»; se ignora."
                        + sugerencia));
          } else if (primeraVez.containsKey(columna.get())) {
            conEncabezadoIgnorado.add(indice);
            destino.advertencia(
                new Hallazgo(
                    hoja.nombre(),
                    numero,
                    columna.get().nombre(),
                    null,
                    "La columna «"
                        + encabezado
                        + "» ("
                        + letra(indice)
                        + ") repite la columna «"
                        + columna.get().nombre()
                        + "» ("
                        + letra(primeraVez.get(columna.get()))
                        + "); se usa la primera."));
          } else {
            primeraVez.put(columna.get(), indice);
            columnas.put(indice, columna.get());
          }
        });
    for (Columna columna : hoja.columnas()) {
      if (columna.obligatoria() && !primeraVez.containsKey(columna)) {
        destino.error(
            new Hallazgo(
                hoja.nombre(),
                numero,
                columna.nombre(),
                null,
                "Falta la columna obligatoria «"
                    + columna.nombre()
                    + "» en la hoja «"
                    + hoja.nombre()
                    + "»; sus filas no se leyeron."));
        descartada = true;
      }
    }
  }

  private void filaDeDatos(
      int numero, SortedMap<Integer, Celda> celdas, Map<Integer, String> erroresDeFormula) {
    filasConDatos++;
    if (filasConDatos > limites.filasPorHoja()) {
      throw new LimiteExcedido(
          new Hallazgo(
              hoja.nombre(),
              numero,
              null,
              null,
              "La hoja «"
                  + hoja.nombre()
                  + "» tiene más de "
                  + String.format(ES_MX, "%,d", limites.filasPorHoja())
                  + " filas con datos, el máximo que se acepta; divide el libro en varios."));
    }
    Map<String, Celda> valores = new LinkedHashMap<>();
    boolean conocidaConValor = false;
    for (var entrada : celdas.entrySet()) {
      Columna columna = columnas.get(entrada.getKey());
      if (columna == null) {
        if (!conEncabezadoIgnorado.contains(entrada.getKey())) {
          columnasSinEncabezadoConDatos.add(entrada.getKey());
        }
        continue;
      }
      conocidaConValor = true;
      Celda celda = entrada.getValue();
      if (celda.texto().length() > limites.caracteresPorCelda()) {
        destino.error(
            new Hallazgo(
                hoja.nombre(),
                numero,
                columna.nombre(),
                celda.texto(),
                "El texto tiene "
                    + String.format(ES_MX, "%,d", celda.texto().length())
                    + " caracteres; una celda admite a lo más "
                    + String.format(ES_MX, "%,d", limites.caracteresPorCelda())
                    + "."));
        continue;
      }
      valores.put(columna.nombre(), celda);
    }
    for (var error : erroresDeFormula.entrySet()) {
      Columna columna = columnas.get(error.getKey());
      if (columna != null) {
        conocidaConValor = true;
        destino.error(
            new Hallazgo(
                hoja.nombre(),
                numero,
                columna.nombre(),
                error.getValue(),
                "La fórmula de esta celda da el error "
                    + error.getValue()
                    + "; escribe el valor en su lugar."));
      }
    }
    if (conocidaConValor) {
      destino.fila(new Fila(hoja, numero, valores));
    }
  }

  private String sinEncabezado() {
    return "No se encontró el renglón de encabezados de la hoja «"
        + hoja.nombre()
        + "» en sus primeras "
        + RENGLONES_PARA_ENCABEZADO
        + " filas: debe tener al menos dos de sus columnas ("
        + hoja.columnas().stream().map(Columna::nombre).collect(Collectors.joining(", "))
        + ").";
  }

  /** La letra de una columna, como la muestra Excel: 0 es A, 26 es AA. */
  static String letra(int indice) {
    StringBuilder letras = new StringBuilder();
    for (int resto = indice + 1; resto > 0; resto = (resto - 1) / 26) {
      letras.insert(0, (char) ('A' + (resto - 1) % 26));
    }
    return letras.toString();
  }
}
