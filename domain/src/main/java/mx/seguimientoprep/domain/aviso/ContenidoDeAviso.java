package mx.seguimientoprep.domain.aviso;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.oficio.Oficio;

/** Lo que dice un aviso, sin redactar: el bot lo escribe en español. */
public sealed interface ContenidoDeAviso {

  ClaveEntidad entidad();

  String nombreEntidad();

  /**
   * El resumen de la semana.
   *
   * @param vencidos los pendientes con fecha límite pasada, por fecha límite
   * @param proximos los pendientes que vencen de {@code fecha} a {@code fecha} + 14 días
   * @param oficios los oficios fechados desde el resumen anterior, primero los del INE con
   *     observaciones, luego del más reciente al más antiguo
   */
  record Resumen(
      ClaveEntidad entidad,
      String nombreEntidad,
      String proceso,
      LocalDate fecha,
      List<EntregableEsperado> vencidos,
      List<EntregableEsperado> proximos,
      List<Oficio> oficios)
      implements ContenidoDeAviso {

    public Resumen {
      Objects.requireNonNull(entidad, "entidad");
      vencidos = List.copyOf(vencidos);
      proximos = List.copyOf(proximos);
      oficios = List.copyOf(oficios);
    }
  }

  /**
   * Un entregable no enviado vence pronto.
   *
   * @param dias los días que faltan, a la fecha del aviso (0: vence hoy)
   */
  record Vencimiento(
      ClaveEntidad entidad,
      String nombreEntidad,
      String proceso,
      EntregableEsperado entregable,
      long dias)
      implements ContenidoDeAviso {

    public Vencimiento {
      Objects.requireNonNull(entidad, "entidad");
      Objects.requireNonNull(entregable, "entregable");
    }
  }

  /** El INE contestó con observaciones. */
  record Observaciones(ClaveEntidad entidad, String nombreEntidad, Oficio oficio)
      implements ContenidoDeAviso {

    public Observaciones {
      Objects.requireNonNull(entidad, "entidad");
      Objects.requireNonNull(oficio, "oficio");
    }
  }
}
