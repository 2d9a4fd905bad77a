package mx.seguimientoprep.hoja.exportacion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.hoja.Columna;
import mx.seguimientoprep.hoja.Hoja;
import mx.seguimientoprep.hoja.exportacion.ColumnaExportada.Formato;

/**
 * Las columnas que se escriben en una hoja, en orden. Para una hoja que se importa, los encabezados
 * se comprueban contra {@link Hoja} al construirlas: nombre por nombre y en el mismo orden, de modo
 * que la exportación y la lectura no puedan separarse.
 */
final class ColumnasDeHoja<T> {

  private final Hoja hoja;
  private final List<ColumnaExportada<T>> columnas;

  private ColumnasDeHoja(Hoja hoja, List<ColumnaExportada<T>> columnas) {
    this.hoja = hoja;
    this.columnas = List.copyOf(columnas);
  }

  /** Las columnas de una hoja que se importa: cada una debe ser la siguiente de {@code hoja}. */
  static <T> Constructor<T> de(Hoja hoja) {
    if (!hoja.importable()) {
      throw new IllegalArgumentException("La hoja " + hoja.nombre() + " no tiene columnas fijas.");
    }
    return new Constructor<>(hoja, true);
  }

  /** Las columnas de una hoja que solo se exporta ({@code Resumen}, {@code Catálogo}). */
  static <T> Constructor<T> libres(Hoja hoja) {
    return new Constructor<>(hoja, false);
  }

  Hoja hoja() {
    return hoja;
  }

  List<ColumnaExportada<T>> columnas() {
    return columnas;
  }

  int indiceDe(String encabezado) {
    for (int i = 0; i < columnas.size(); i++) {
      if (columnas.get(i).encabezado().equals(encabezado)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "La hoja " + hoja.nombre() + " no escribe la columna «" + encabezado + "».");
  }

  /** Arma las columnas una por una; en una hoja importable, en el orden de {@link Hoja}. */
  static final class Constructor<T> {

    private final Hoja hoja;
    private final boolean comprobada;
    private final List<ColumnaExportada<T>> columnas = new ArrayList<>();

    private Constructor(Hoja hoja, boolean comprobada) {
      this.hoja = hoja;
      this.comprobada = comprobada;
    }

    Constructor<T> texto(String encabezado, Function<? super T, ?> valor) {
      return agregar(encabezado, Formato.TEXTO, valor.andThen(ColumnasDeHoja::texto), List.of());
    }

    /**
     * Una columna cuyo valor se escribe según su tipo: una fecha como fecha, un texto como texto.
     */
    Constructor<T> valor(String encabezado, Function<? super T, ?> valor) {
      return agregar(encabezado, Formato.TEXTO, valor, List.of());
    }

    Constructor<T> parrafo(String encabezado, Function<? super T, String> valor) {
      return agregar(encabezado, Formato.PARRAFO, valor, List.of());
    }

    Constructor<T> fecha(String encabezado, Function<? super T, LocalDate> valor) {
      return agregar(encabezado, Formato.FECHA, valor, List.of());
    }

    /**
     * Una fecha que puede ser solo de un mes: un día como fecha real; un mes como su texto ({@code
     * marzo de 2020}), que la lectura vuelve a leer como mes.
     */
    Constructor<T> fechaOMes(String encabezado, Function<? super T, FechaOMes> valor) {
      return agregar(
          encabezado,
          Formato.FECHA,
          valor.andThen(f -> f == null ? null : f.soloMes() ? f.texto() : f.dia()),
          List.of());
    }

    Constructor<T> entero(String encabezado, Function<? super T, ? extends Number> valor) {
      return agregar(encabezado, Formato.ENTERO, valor, List.of());
    }

    /** Una columna de valores fijos: se escribe la etiqueta y se ofrece la lista desplegable. */
    <E extends Enum<E> & Etiquetado> Constructor<T> fija(
        String encabezado, Class<E> valores, Function<? super T, E> valor) {
      List<String> etiquetas =
          Arrays.stream(valores.getEnumConstants()).map(Etiquetado::etiqueta).toList();
      return agregar(
          encabezado,
          Formato.TEXTO,
          valor.andThen(fijo -> fijo == null ? null : fijo.etiqueta()),
          etiquetas);
    }

    private Constructor<T> agregar(
        String encabezado,
        Formato formato,
        Function<? super T, ?> valor,
        List<String> valoresPermitidos) {
      if (comprobada) {
        List<Columna> esperadas = hoja.columnas();
        int indice = columnas.size();
        if (indice >= esperadas.size() || !esperadas.get(indice).nombre().equals(encabezado)) {
          throw new IllegalStateException(
              "La columna "
                  + (indice + 1)
                  + " de la hoja "
                  + hoja.nombre()
                  + " es «"
                  + (indice < esperadas.size() ? esperadas.get(indice).nombre() : "(ninguna)")
                  + "», no «"
                  + encabezado
                  + "».");
        }
      }
      columnas.add(new ColumnaExportada<>(encabezado, formato, valor, valoresPermitidos));
      return this;
    }

    ColumnasDeHoja<T> terminar() {
      if (comprobada && columnas.size() != hoja.columnas().size()) {
        throw new IllegalStateException(
            "Faltan columnas de la hoja "
                + hoja.nombre()
                + ": "
                + hoja.columnas().subList(columnas.size(), hoja.columnas().size()).stream()
                    .map(Columna::nombre)
                    .toList());
      }
      return new ColumnasDeHoja<>(hoja, columnas);
    }
  }

  /** Un número de oficio o de acuerdo, un periodo: como texto; {@code null} sigue siendo nulo. */
  private static Object texto(Object valor) {
    return valor == null ? null : Objects.toString(valor);
  }
}
