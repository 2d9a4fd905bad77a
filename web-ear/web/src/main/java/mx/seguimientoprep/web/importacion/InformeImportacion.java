package mx.seguimientoprep.web.importacion;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.importacion.EstadoImportacion;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Conteo;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;

/** The import report of http.md: the same shape whether applied, simulated or rejected. */
public record InformeImportacion(
    String estado,
    String archivo,
    String sha256,
    Map<String, ConteoHoja> hojas,
    List<Hallazgo> errores,
    List<Hallazgo> advertencias) {

  /** New / updated / unchanged records of one sheet. */
  public record ConteoHoja(int nuevos, int actualizados, int sinCambios) {}

  /** One located error or warning: sheet, row as Excel shows it, column, value, message. */
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
        errores.stream().map(Hallazgo::de).toList(),
        avisos.stream().map(Hallazgo::de).toList());
  }

  /** The counts keyed by the sheets' names, in the order of the sheets. */
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
