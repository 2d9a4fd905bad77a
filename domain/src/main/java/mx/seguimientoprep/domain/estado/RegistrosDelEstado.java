package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * De dónde lee {@link LecturaDelEstado} los registros (puerto de salida, que implementa la
 * persistencia, con su caché). Cada pregunta toma una {@link Vista}: lo registrado tal como está al
 * tomarla, para que una respuesta no mezcle datos de antes y después de una escritura.
 */
public interface RegistrosDelEstado {

  Vista vista();

  /** Lo registrado en un momento. */
  interface Vista {

    /** Todos los procesos, con su entidad, por clave de entidad y jornada. */
    List<ProcesoElectoral> procesos();

    /** El catálogo de entregables en vigor. */
    List<DefinicionEntregable> catalogo();

    /** Lo que el estado de cada proceso necesita a la fecha, en el orden pedido. */
    List<DatosDelEstado> datosDelEstado(List<ProcesoElectoral> procesos, LocalDate referencia);

    /** Todo lo registrado de cada proceso, en el orden pedido. */
    List<Expediente> expedientes(List<ProcesoElectoral> procesos);
  }
}
