package mx.seguimientoprep.domain.aviso;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Un aviso que una pasada debe enviar a una suscripción, si nadie lo reclamó antes.
 *
 * @param asunto lo que lo distingue de los demás avisos de su tipo a la misma suscripción
 * @param fecha la del asunto: la del vencimiento, la del resumen o la del oficio
 */
public record AvisoPlaneado(
    SuscripcionVigente suscripcion,
    TipoDeAviso tipo,
    String asunto,
    LocalDate fecha,
    ContenidoDeAviso contenido) {

  public AvisoPlaneado {
    Objects.requireNonNull(suscripcion, "suscripcion");
    Objects.requireNonNull(tipo, "tipo");
    Objects.requireNonNull(asunto, "asunto");
    Objects.requireNonNull(contenido, "contenido");
  }

  public LlaveDeAviso llave() {
    return new LlaveDeAviso(suscripcion.id(), tipo, asunto);
  }
}
