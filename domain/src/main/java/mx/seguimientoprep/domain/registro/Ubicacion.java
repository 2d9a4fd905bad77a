package mx.seguimientoprep.domain.registro;

/** De dónde vino un comando: la hoja y el número de fila como lo muestra Excel. */
public record Ubicacion(String hoja, int fila) {}
