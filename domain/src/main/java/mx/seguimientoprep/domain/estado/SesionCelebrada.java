package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * Una sesión formal del COTAPREP ya celebrada a la fecha del estado (la última, en {@link
 * EstadoCotaprep#ultimaSesion}).
 *
 * @param numero su número ({@code 4} de la Cuarta Sesión Ordinaria), o {@code null}
 */
public record SesionCelebrada(TipoSesion tipo, Integer numero, LocalDate fecha) {}
