package mx.seguimientoprep.domain.registro;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lo que hizo (o habría hecho, en simulación) una importación. Si hay un solo error, no se guardó
 * nada.
 */
public record ResultadoAplicacion(
    boolean simulacion,
    Map<TipoDeRegistro, Conteo> conteos,
    List<ErrorDeRegistro> errores,
    List<AvisoDeRegistro> avisos) {

  public ResultadoAplicacion {
    EnumMap<TipoDeRegistro, Conteo> completos = new EnumMap<>(TipoDeRegistro.class);
    for (TipoDeRegistro hoja : TipoDeRegistro.values()) {
      completos.put(hoja, conteos.getOrDefault(hoja, Conteo.CERO));
    }
    conteos = Collections.unmodifiableMap(completos);
    errores = List.copyOf(errores);
    avisos = List.copyOf(avisos);
  }

  public Conteo conteo(TipoDeRegistro hoja) {
    return conteos.get(hoja);
  }

  public boolean conErrores() {
    return !errores.isEmpty();
  }

  /** Si los cambios quedaron guardados: no fue simulación y no hubo errores. */
  public boolean guardado() {
    return !simulacion && errores.isEmpty();
  }
}
