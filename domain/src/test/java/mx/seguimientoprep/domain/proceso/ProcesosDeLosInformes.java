package mx.seguimientoprep.domain.proceso;

import java.time.LocalDate;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.OplTsv;

/** Los procesos de los informes semilla, nuevos en cada llamada. */
public final class ProcesosDeLosInformes {

  private ProcesosDeLosInformes() {}

  public static Entidad entidad(String nombre) {
    return OplTsv.entidades().stream()
        .filter(e -> e.getNombre().equals(nombre))
        .findFirst()
        .orElseThrow();
  }

  public static ProcesoElectoral coahuila2021() {
    return new ProcesoElectoral(
        entidad("Coahuila"),
        "Proceso Electoral Local Ordinario 2021",
        LocalDate.of(2021, 6, 6),
        "Dirección Ejecutiva de Innovación Electoral",
        "Ing. Jorge Gallegos Valdés",
        null,
        Realizacion.OPL,
        null);
  }

  public static ProcesoElectoral durango() {
    return new ProcesoElectoral(
        entidad("Durango"),
        "Proceso Electoral Local Ordinario 2021-2022",
        LocalDate.of(2022, 6, 5),
        "Unidad Técnica de Cómputo",
        null,
        null,
        null,
        null);
  }

  public static ProcesoElectoral aguascalientes() {
    return new ProcesoElectoral(
        entidad("Aguascalientes"),
        "Proceso Electoral Concurrente Ordinario 2023-2024",
        LocalDate.of(2024, 6, 2),
        "Coordinación de Informática",
        "L.I. José de Jesús Jaime Carachure",
        null,
        null,
        null);
  }
}
