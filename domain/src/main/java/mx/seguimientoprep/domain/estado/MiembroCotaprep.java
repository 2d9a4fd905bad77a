package mx.seguimientoprep.domain.estado;

import mx.seguimientoprep.domain.proceso.Cargo;

/** Una persona del COTAPREP, como se muestra en el estado. */
public record MiembroCotaprep(String nombre, String institucion, Cargo cargo) {}
