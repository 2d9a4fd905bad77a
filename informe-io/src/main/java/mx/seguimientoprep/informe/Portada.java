package mx.seguimientoprep.informe;

import java.time.YearMonth;

/**
 * De quién y de cuándo es el informe, leído de su título y su portada («Informe del mes de
 * noviembre … en el estado de Coahuila», «Proceso Electoral Ordinario 2021») o dado por quien lo
 * sube cuando el título no lo dice. Cualquiera puede faltar ({@code null}).
 */
public record Portada(String entidad, String proceso, YearMonth mes) {

  /** Lo dado por quien sube el informe manda sobre lo leído. */
  public Portada conDatos(Portada dados) {
    if (dados == null) {
      return this;
    }
    return new Portada(
        dados.entidad() != null ? dados.entidad() : entidad,
        dados.proceso() != null ? dados.proceso() : proceso,
        dados.mes() != null ? dados.mes() : mes);
  }
}
