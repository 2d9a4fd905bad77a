package mx.seguimientoprep.web.importacion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.seguimientoprep.domain.importacion.EstadoImportacion;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Conteo;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;

/**
 * El informe de la importación de http.md: la misma forma si se aplicó, se simuló o se rechazó.
 *
 * <p>Lista a lo más {@link #LISTADOS} errores y otras tantas advertencias, los primeros del libro,
 * con el total de cada uno; cuando deja alguno fuera, {@code aviso} lo dice. Un libro con cien mil
 * filas malas no produce una respuesta de cien mil renglones.
 */
public record InformeImportacion(
    String estado,
    String archivo,
    String sha256,
    Map<String, ConteoHoja> hojas,
    List<Hallazgo> errores,
    List<Hallazgo> advertencias,
    int totalErrores,
    int totalAdvertencias,
    String aviso) {

  /** Cuántos errores (y cuántas advertencias) se listan como mucho. */
  public static final int LISTADOS = 1000;

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  /** Registros nuevos / actualizados / sin cambios de una hoja. */
  public record ConteoHoja(int nuevos, int actualizados, int sinCambios) {}

  /** Un error o advertencia ubicado: hoja, fila como la muestra Excel, columna, valor, mensaje. */
  public record Hallazgo(String hoja, int fila, String columna, String valor, String mensaje) {

    static Hallazgo de(ErrorDeRegistro e) {
      return new Hallazgo(e.hoja(), e.fila(), e.columna(), e.valor(), e.mensaje());
    }

    static Hallazgo de(AvisoDeRegistro a) {
      return new Hallazgo(a.hoja(), a.fila(), a.columna(), a.valor(), a.mensaje());
    }
  }

  static InformeImportacion de(
      EstadoImportacion estado,
      String archivo,
      String sha256,
      Map<TipoDeRegistro, Conteo> conteos,
      List<ErrorDeRegistro> errores,
      List<AvisoDeRegistro> avisos) {
    Map<TipoDeRegistro, Conteo> todas = new EnumMap<>(TipoDeRegistro.class);
    for (TipoDeRegistro hoja : TipoDeRegistro.values()) {
      todas.put(hoja, conteos.getOrDefault(hoja, Conteo.CERO));
    }
    return new InformeImportacion(
        estado.etiqueta(),
        archivo,
        sha256,
        porHoja(todas),
        errores.stream().limit(LISTADOS).map(Hallazgo::de).toList(),
        avisos.stream().limit(LISTADOS).map(Hallazgo::de).toList(),
        errores.size(),
        avisos.size(),
        aviso(errores.size(), avisos.size()));
  }

  /** Qué se dejó fuera de la lista, en español; {@code null} si se listó todo. */
  private static String aviso(int errores, int avisos) {
    List<String> partes = new ArrayList<>();
    if (errores > LISTADOS) {
      partes.add(String.format(ES_MX, "los primeros %,d de %,d errores", LISTADOS, errores));
    }
    if (avisos > LISTADOS) {
      partes.add(String.format(ES_MX, "las primeras %,d de %,d advertencias", LISTADOS, avisos));
    }
    if (partes.isEmpty()) {
      return null;
    }
    return "Se listan solo "
        + String.join(" y ", partes)
        + ", en el orden del libro: corrija estos y vuelva a revisarlo para ver los demás.";
  }

  /** Las cifras por nombre de hoja, en el orden de las hojas. */
  public static Map<String, ConteoHoja> porHoja(Map<TipoDeRegistro, Conteo> conteos) {
    Map<String, ConteoHoja> hojas = new LinkedHashMap<>();
    new EnumMap<>(conteos)
        .forEach(
            (hoja, c) ->
                hojas.put(
                    hoja.etiqueta(), new ConteoHoja(c.nuevos(), c.actualizados(), c.sinCambios())));
    return hojas;
  }

  public boolean rechazada() {
    return EstadoImportacion.RECHAZADA.etiqueta().equals(estado);
  }
}
