package mx.seguimientoprep.informe;

import java.util.List;

/** Lo que se leyó de un informe: su portada y los registros que propone, en el orden del texto. */
public record LecturaDelInforme(Portada portada, List<Propuesta> propuestas) {

  public LecturaDelInforme {
    propuestas = List.copyOf(propuestas);
  }

  public List<Propuesta> deLaHoja(String hoja) {
    return propuestas.stream().filter(p -> p.hoja().equals(hoja)).toList();
  }
}
