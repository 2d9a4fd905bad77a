package mx.seguimientoprep.hoja.exportacion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Lo que se exporta, ya filtrado por quien lo reúne. Las hojas de datos llevan los registros
 * <em>guardados</em>, tal como están, para que importar el libro de nuevo no cambie nada; lo
 * calculado (los entregables esperados que nadie ha registrado, los vencidos, el próximo) solo
 * aparece en el resumen, a través de los estados.
 *
 * <p>Lo que puede ser grande (acuerdos, oficios, sesiones, entregables, integrantes) llega como
 * {@link Iterable}: el escritor recorre cada uno una sola vez, en orden, y no conserva sus
 * elementos, así que puede ser el iterador de un {@code Stream} de la base de datos. Lo pequeño
 * (estados, procesos, catálogo) llega como lista, porque se consulta más de una vez.
 *
 * @param fechaReferencia la fecha a la que se calcularon los estados (hoy, en la web)
 * @param alcance los filtros que se aplicaron, para el título del resumen
 * @param estados un estado por entidad y proceso exportado, calculado a {@code fechaReferencia}
 * @param actuales de esos, el del proceso actual de cada entidad (lo que compara la gráfica)
 * @param procesos los procesos exportados (hoja {@code Procesos} y fechas límite del catálogo)
 * @param catalogo el catálogo de entregables en vigor
 */
public record ContenidoExportacion(
    LocalDate fechaReferencia,
    Alcance alcance,
    List<EstadoPrep> estados,
    List<EstadoPrep> actuales,
    List<ProcesoElectoral> procesos,
    Iterable<Acuerdo> acuerdos,
    Iterable<Oficio> oficios,
    Iterable<Sesion> sesiones,
    Iterable<Entregable> entregables,
    Iterable<IntegranteCotaprep> integrantes,
    List<DefinicionEntregable> catalogo) {

  public ContenidoExportacion {
    Objects.requireNonNull(fechaReferencia, "fechaReferencia");
    alcance = alcance == null ? Alcance.TODO : alcance;
    estados = estados == null ? List.of() : List.copyOf(estados);
    actuales = actuales == null ? List.of() : List.copyOf(actuales);
    procesos = procesos == null ? List.of() : List.copyOf(procesos);
    acuerdos = acuerdos == null ? List.of() : acuerdos;
    oficios = oficios == null ? List.of() : oficios;
    sesiones = sesiones == null ? List.of() : sesiones;
    entregables = entregables == null ? List.of() : entregables;
    integrantes = integrantes == null ? List.of() : integrantes;
    catalogo = catalogo == null ? List.of() : List.copyOf(catalogo);
  }
}
